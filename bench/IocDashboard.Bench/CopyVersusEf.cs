using System.Diagnostics;
using System.Globalization;
using IocDashboard.Domain.Dossiers;
using IocDashboard.Ingestion.Dossiers;
using IocDashboard.Ingestion.Feeds;
using IocDashboard.SeedData;
using IocDashboard.SeedData.History;
using IocDashboard.SeedData.Reference;
using IocDashboard.Warehouse.Model;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace IocDashboard.Bench;

/// <summary>
/// The same dossiers loaded into identical empty warehouses, side by side in one run: the connectors' path
/// (binary COPY into staging + merge, rollups included) as one batch, the same path in pages of 1,000 as a
/// sync runs it, and EF Core AddRange + SaveChanges as one batch (rows only, no rollups).
/// </summary>
internal static class CopyVersusEf
{
    private const int WarmUpRows = 20_000;
    private const int WarmUpRounds = 3;

    public static async Task<int> RunAsync(string copyConnection, string pagedConnection, string efConnection, int rows)
    {
        var directory = SeedDataDirectory.Locate();
        var reference = ReferenceData.Load(directory);
        var history = DossierHistoryGenerator.Generate(reference, HistorySettings.LoadProfile(directory), HistorySettings.LoadTargets(directory));
        // Every path is warmed up first on other dossiers, as BenchmarkDotNet would (connection pools, server
        // caches, EF's model; the bench runs without JIT tiering, see its project file), then each path loads
        // the same measured dossiers into the same state.
        var centre = history.Dossiers.Where(d => d.SourceCode == "MOTCUA-TTPVHCC").ToList();
        var warmUp = centre.Take(WarmUpRows * WarmUpRounds).ToList();
        var sample = centre.Skip(WarmUpRows * WarmUpRounds).Take(rows).ToList();

        await using var copySource = NpgsqlDataSource.Create(copyConnection);
        var codes = await ReferenceCodes.LoadAsync(copySource, CancellationToken.None);
        var feed = new DossierFeed();
        var records = sample.Select(d => ToRecord(d, codes)).ToList();
        var warmUpRounds = warmUp.Select(d => ToRecord(d, codes)).Chunk(WarmUpRows).Select(c => c.ToList()).ToList();

        foreach (var round in warmUpRounds)
        {
            await TimeMergeAsync(copySource, feed, round, WarmUpRows);
        }

        await Task.Delay(TimeSpan.FromSeconds(1));
        var copy = await TimeMergeAsync(copySource, feed, records, records.Count);
        await using var pagedSource = NpgsqlDataSource.Create(pagedConnection);
        foreach (var round in warmUpRounds)
        {
            await TimeMergeAsync(pagedSource, feed, round, 1000);
        }

        await Task.Delay(TimeSpan.FromSeconds(1));
        var paged = await TimeMergeAsync(pagedSource, feed, records, 1000);

        await using var efSource = NpgsqlDataSource.Create(efConnection);
        var options = new DbContextOptionsBuilder<WarehouseDbContext>().UseNpgsql(efSource).Options;
        foreach (var round in warmUpRounds)
        {
            await SaveWithEfAsync(options, round);
        }

        await Task.Delay(TimeSpan.FromSeconds(1));
        var ef = Stopwatch.StartNew();
        await SaveWithEfAsync(options, records);
        ef.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"copy-vs-ef: {rows} dossiers (after {WarmUpRounds} warm-up rounds of {WarmUpRows} each) — COPY + merge one batch {copy.TotalSeconds:F2} s, EF Core AddRange + SaveChanges one batch {ef.Elapsed.TotalSeconds:F2} s: {ef.Elapsed / copy:F1}× faster; COPY + merge in pages of 1,000 (as a sync) {paged.TotalSeconds:F2} s: {ef.Elapsed / paged:F1}×"));
        return 0;
    }

    private static async Task SaveWithEfAsync(DbContextOptions<WarehouseDbContext> options, List<DossierRecord> records)
    {
        await using (var db = new WarehouseDbContext(options))
        {
            db.Dossiers.AddRange(records.Select(r => new Dossier
            {
                SourceCode = DossierFeed.SourceCode("motcua-ttpvhcc"),
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

    private static async Task<TimeSpan> TimeMergeAsync(NpgsqlDataSource dataSource, DossierFeed feed, List<DossierRecord> records, int pageSize)
    {
        var watch = Stopwatch.StartNew();
        // One connection for all pages, one transaction per page: what a sync run does.
        await using var connection = await dataSource.OpenConnectionAsync();
        foreach (var page in records.Chunk(pageSize))
        {
            await using var transaction = await connection.BeginTransactionAsync();
            await feed.MergeAsync(connection, "motcua-ttpvhcc", page, 0, CancellationToken.None);
            await transaction.CommitAsync();
        }

        return watch.Elapsed;
    }

    private static DossierRecord ToRecord(GeneratedDossier d, ReferenceCodes codes)
    {
        var procedure = codes.Procedures[d.Procedure.Code];
        return new DossierRecord(
            d.ExternalId, codes.Units[d.Unit.Code], procedure.Id, procedure.FieldId, DossierCodes.ParseLevel(d.Level),
            DossierCodes.ParseChannel(d.Channel), (OnlineServiceLevel)d.OnlineLevel, d.ReceivedAt, d.DueAt, d.ResolvedAt,
            d.ResolvedAt is null ? DossierStatus.Pending : DossierStatus.Resolved, d.ResolvedAt ?? d.ReceivedAt);
    }
}
