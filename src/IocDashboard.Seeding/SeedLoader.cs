using System.Diagnostics;
using IocDashboard.SeedData.History;
using IocDashboard.SeedData.Reference;
using IocDashboard.Warehouse.Loading;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace IocDashboard.Seeding;

/// <summary>
/// Loads seed-data/ into an empty warehouse through the Warehouse's writers: the reference dimensions, the facts
/// of the reference files (tasks, indicator values, petitions), then the generated dossier history by binary COPY
/// with its rollups. One transaction: a failed load leaves the warehouse empty.
/// </summary>
public sealed class SeedLoader(NpgsqlDataSource dataSource, ILogger<SeedLoader> logger)
{
    public const string SeedSource = "seed-data";

    /// <summary>The petitions' source system, as the connectors name it too ("pakn" upper-cased), so both give the same keys.</summary>
    public const string FeedbackSource = "PAKN";

    private const string BatchNote = "seed-data reference files and generated history";

    private static readonly TimeSpan LocalOffset = TimeSpan.FromHours(7);

    public Task<bool> IsEmptyAsync(CancellationToken cancellationToken) => ReferenceWriter.IsEmptyAsync(dataSource, cancellationToken);

    /// <summary>
    /// Loads only the dimensions (org units with their links and dated attributes, fields, procedures, reform areas,
    /// indicator definitions): what the connectors need before they pull the facts from the source systems. Upserts:
    /// on a filled warehouse it changes only what the files changed.
    /// </summary>
    public async Task LoadDimensionsAsync(string seedDataDirectory, CancellationToken cancellationToken)
    {
        var reference = ReferenceData.Load(seedDataDirectory);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var batch = await LoadBatchLog.StartAsync(connection, SeedSource, "seed", BatchNote, cancellationToken);
        await new ReferenceWriter(connection, batch).WriteAsync(SeedRows.Dimensions(reference), cancellationToken);
        await LoadBatchLog.FinishAsync(connection, batch, 0, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Loaded the reference dimensions from {Directory}", seedDataDirectory);
    }

    /// <summary>
    /// Loads the reference files and the dossier history as it stands at <paramref name="present"/>: the dossiers
    /// received before it, those resolved only later still pending (the `seed` verb passes the clock's now).
    /// </summary>
    public async Task<SeedReport> LoadAsync(string seedDataDirectory, DateTimeOffset present, CancellationToken cancellationToken)
    {
        var total = Stopwatch.StartNew();
        var reference = ReferenceData.Load(seedDataDirectory);
        var lastDay = DateOnly.FromDateTime(present.ToOffset(LocalOffset).AddTicks(-1).DateTime);
        var history = HistoryGenerator.Generate(
            reference, HistorySettings.LoadProfile(seedDataDirectory), HistorySettings.LoadTargets(seedDataDirectory), lastDay);
        if (history.Misses.Count > 0)
        {
            throw new InvalidDataException("generated history misses its targets: " + string.Join("; ", history.Misses));
        }

        var generated = total.Elapsed;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var batch = await LoadBatchLog.StartAsync(connection, SeedSource, "seed", BatchNote, cancellationToken);
        var codes = await new ReferenceWriter(connection, batch).WriteAsync(SeedRows.Dimensions(reference), cancellationToken);
        await WriteFactsAsync(connection, reference, codes, batch, cancellationToken);

        var write = Stopwatch.StartNew();
        var sources = await DossierSources.IdsAsync(connection, history.Dossiers.Select(d => d.SourceCode), cancellationToken);
        var dossiers = await DossierBulkLoad.LoadIntoEmptyAsync(
            connection, history.AsOf(present).Select(d => (sources[d.SourceCode], SeedRows.Dossier(d, codes))), batch, cancellationToken);
        var written = write.Elapsed;
        await LoadBatchLog.FinishAsync(connection, batch, (long)dossiers, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await DossierBulkLoad.VacuumAsync(connection, cancellationToken);

        var report = new SeedReport((long)dossiers, generated, written, total.Elapsed);
        logger.LogInformation(
            "Seeded {Rows} dossiers in {Seconds:F1} s ({RowsPerSecond:N0} rows/s; generate {Generate:F1} s, COPY with keys and rollups {Write:F1} s)",
            report.Dossiers, report.Total.TotalSeconds, report.RowsPerSecond, generated.TotalSeconds, written.TotalSeconds);
        return report;
    }

    /// <summary>The facts of the reference files, through the same writers as the connectors' (on an empty warehouse, all inserts).</summary>
    private static async Task WriteFactsAsync(
        NpgsqlConnection connection, ReferenceData reference, ReferenceCodes codes, long batch, CancellationToken ct)
    {
        foreach (var tasks in reference.ReformTasks.GroupBy(t => RowOrigins.Parse(t.Source)))
        {
            await ReformTaskWriter.UpsertAsync(connection, tasks.Select(t => SeedRows.Task(t, codes)).ToList(), tasks.Key, batch, ct);
        }

        await IndicatorValueWriter.UpsertAsync(connection, reference.IndicatorValues.Select(v => SeedRows.IndicatorValue(v, codes)).ToList(), batch, ct);
        await PetitionWriter.UpsertAsync(connection, FeedbackSource, reference.Feedback.Select(f => SeedRows.Petition(f, codes)).ToList(), batch, ct);
    }
}

/// <summary>How long the seed load took: generating the history, writing the dossiers (COPY, keys, rollups), in all.</summary>
public sealed record SeedReport(long Dossiers, TimeSpan Generate, TimeSpan Write, TimeSpan Total)
{
    public double RowsPerSecond => Dossiers / Math.Max(Total.TotalSeconds, 1e-9);
}
