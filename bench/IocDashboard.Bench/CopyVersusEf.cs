using System.Diagnostics;
using System.Globalization;
using IocDashboard.Domain.Dossiers;
using IocDashboard.Ingestion.Dossiers;
using IocDashboard.SeedData;
using IocDashboard.SeedData.History;
using IocDashboard.SeedData.Reference;
using IocDashboard.Warehouse.Loading;
using IocDashboard.Warehouse.Model;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace IocDashboard.Bench;

/// <summary>
/// The same dossiers loaded into identical empty warehouses, side by side in one run: the connectors' path
/// (binary COPY into staging + merge, rollups included) as one batch, the same path in pages of the sync's page size as a
/// sync runs it, and EF Core AddRange + SaveChanges as one batch (rows only, no rollups). Each warehouse has its
/// own writer, as each app has: after its first (warm-up) batch of new dossiers, a writer takes the insert-only form
/// of the merge for new dossiers, as a sync does through a source's history (DossierWriter).
/// </summary>
internal static class CopyVersusEf
{
    private const string Source = "motcua-ttpvhcc";
    private const int WarmUpRows = 20_000;
    private const int WarmUpRounds = 3;

    // The machine's speed drifts by tens of percent from minute to minute (other tenants, the disk): each round
    // times the three paths one after the other on new dossiers, and the figure is the median round.
    private const int Rounds = 3;

    // The page the connectors ask for by default (Ingestion:PageSize).
    private static readonly int SyncPageSize = new IocDashboard.Ingestion.Sources.IngestionOptions().PageSize;

    public static async Task<int> RunAsync(string copyConnection, string pagedConnection, string efConnection, int rows)
    {
        var directory = SeedDataDirectory.Locate();
        var reference = ReferenceData.Load(directory);
        var history = DossierHistoryGenerator.Generate(reference, HistorySettings.LoadProfile(directory), HistorySettings.LoadTargets(directory));
        // Every path is warmed up first on other dossiers, as BenchmarkDotNet would (connection pools, server
        // caches, EF's model; the bench runs without JIT tiering, see its project file); then each round loads
        // the same new dossiers through each path, into warehouses that hold the same rows.
        const int warmUpCount = WarmUpRows * WarmUpRounds;
        var needed = warmUpCount + rows * Rounds;
        var sourceCode = DossierFeed.SourceCode(Source);
        var centre = history.Dossiers.Where(d => d.SourceCode == sourceCode).Take(needed).ToList();
        if (centre.Count < needed)
        {
            throw new InvalidOperationException($"the service centre has {centre.Count} dossiers; {Rounds} rounds of {rows} need more");
        }

        await using var copySource = NpgsqlDataSource.Create(copyConnection);
        await using var pagedSource = NpgsqlDataSource.Create(pagedConnection);
        await using var efSource = NpgsqlDataSource.Create(efConnection);
        var codes = await ReferenceCodes.LoadAsync(copySource, CancellationToken.None);
        var (copyWriter, pagedWriter) = (new DossierWriter(), new DossierWriter());
        var options = new DbContextOptionsBuilder<WarehouseDbContext>().UseNpgsql(efSource).Options;
        var records = centre.Select(d => ToRow(d, codes)).ToList();
        short efSourceId;
        await using (var connection = await efSource.OpenConnectionAsync())
        {
            efSourceId = await DossierSources.IdAsync(connection, sourceCode, CancellationToken.None);
        }

        foreach (var warmUp in records.Take(warmUpCount).Chunk(WarmUpRows).Select(c => c.ToList()))
        {
            await TimeMergeAsync(copySource, copyWriter, sourceCode, warmUp, WarmUpRows);
            await TimeMergeAsync(pagedSource, pagedWriter, sourceCode, warmUp, SyncPageSize);
            await SaveWithEfAsync(options, efSourceId, warmUp);
        }

        var results = new List<(TimeSpan Copy, TimeSpan Paged, TimeSpan Ef)>();
        foreach (var sample in records.Skip(warmUpCount).Chunk(rows).Select(c => c.ToList()))
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            var copy = await TimeMergeAsync(copySource, copyWriter, sourceCode, sample, sample.Count);
            await Task.Delay(TimeSpan.FromSeconds(1));
            var paged = await TimeMergeAsync(pagedSource, pagedWriter, sourceCode, sample, SyncPageSize);
            await Task.Delay(TimeSpan.FromSeconds(1));
            var ef = Stopwatch.StartNew();
            await SaveWithEfAsync(options, efSourceId, sample);
            results.Add((copy, paged, ef.Elapsed));
        }

        foreach (var (copy, paged, ef) in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"copy-vs-ef round: COPY + merge {copy.TotalSeconds:F2} s, in pages {paged.TotalSeconds:F2} s, EF Core {ef.TotalSeconds:F2} s: {ef / copy:F1}× and {ef / paged:F1}×"));
        }

        var median = results.OrderBy(r => r.Ef / r.Copy).ElementAt(results.Count / 2);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"copy-vs-ef: {rows} dossiers per round, median of {Rounds} rounds (after {WarmUpRounds} warm-up rounds of {WarmUpRows} each) — COPY + merge one batch {median.Copy.TotalSeconds:F2} s, EF Core AddRange + SaveChanges one batch {median.Ef.TotalSeconds:F2} s: {median.Ef / median.Copy:F1}× faster; COPY + merge in pages of {SyncPageSize:N0} (as a sync) {median.Paged.TotalSeconds:F2} s: {median.Ef / median.Paged:F1}×"));
        return 0;
    }

    private static async Task SaveWithEfAsync(DbContextOptions<WarehouseDbContext> options, short sourceId, List<DossierRow> records)
    {
        await using (var db = new WarehouseDbContext(options))
        {
            db.Dossiers.AddRange(records.Select(r => new Dossier
            {
                SourceId = sourceId,
                ExternalId = r.ExternalId,
                UnitId = r.UnitId,
                ProcedureId = r.ProcedureId,
                FieldId = r.FieldId,
                Level = (short)r.Level,
                Channel = (short)r.Channel,
                OnlineLevel = (short)r.OnlineLevel,
                ReceivedAt = r.ReceivedAt.ToUniversalTime(),
                DueAt = r.DueAt.ToUniversalTime(),
                ResolvedAt = r.ResolvedAt?.ToUniversalTime(),
                Status = (short)r.Status,
            }));
            await db.SaveChangesAsync();
        }
    }

    private static async Task<TimeSpan> TimeMergeAsync(
        NpgsqlDataSource dataSource, DossierWriter writer, string sourceCode, List<DossierRow> records, int pageSize)
    {
        var watch = Stopwatch.StartNew();
        // One connection for all pages, one transaction per page: what a sync run does.
        await using var connection = await dataSource.OpenConnectionAsync();
        foreach (var page in records.Chunk(pageSize))
        {
            await using var transaction = await connection.BeginTransactionAsync();
            await writer.MergeAsync(connection, sourceCode, page, 0, CancellationToken.None);
            await transaction.CommitAsync();
        }

        return watch.Elapsed;
    }

    private static DossierRow ToRow(GeneratedDossier d, ReferenceCodes codes)
    {
        var procedure = codes.Procedures[d.Procedure.Code];
        return new DossierRow(
            d.ExternalId, codes.Units[d.Unit.Code], procedure.Id, procedure.FieldId, DossierCodes.ParseLevel(d.Level),
            DossierCodes.ParseChannel(d.Channel), (OnlineServiceLevel)d.OnlineLevel, d.ReceivedAt, d.DueAt, d.ResolvedAt,
            d.ResolvedAt is null ? DossierStatus.Pending : DossierStatus.Resolved);
    }
}
