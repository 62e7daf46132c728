using System.Diagnostics;
using IocDashboard.Domain.Dossiers;
using IocDashboard.SeedData.History;
using IocDashboard.SeedData.Reference;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace IocDashboard.Warehouse.Loading;

/// <summary>
/// Loads seed-data/ into an empty warehouse: the reference files, then the generated dossier history by
/// binary COPY (with the table's indexes and keys rebuilt once afterwards), then the rollups. One
/// transaction: a failed load leaves the warehouse empty.
/// </summary>
public sealed class SeedLoader(NpgsqlDataSource dataSource, ILogger<SeedLoader> logger)
{
    public const string SeedSource = "seed-data";
    public const string FeedbackSource = "PAKN";

    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("select not exists (select 1 from core.org_units)");
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>
    /// Loads only the dimensions (org units, fields, procedures, reform areas, indicator definitions): what the
    /// connectors need before they pull the facts from the source systems.
    /// </summary>
    public async Task LoadDimensionsAsync(string seedDataDirectory, CancellationToken cancellationToken)
    {
        var reference = ReferenceData.Load(seedDataDirectory);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var batch = await LoadBatchLog.StartAsync(connection, SeedSource, "seed", "seed-data reference files and generated history", cancellationToken);
        await new ReferenceWriter(connection, batch).WriteDimensionsAsync(reference, cancellationToken);
        await LoadBatchLog.FinishAsync(connection, batch, 0, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Loaded the reference dimensions from {Directory}", seedDataDirectory);
    }

    public async Task<SeedReport> LoadAsync(string seedDataDirectory, CancellationToken cancellationToken)
    {
        var total = Stopwatch.StartNew();
        var reference = ReferenceData.Load(seedDataDirectory);
        var history = DossierHistoryGenerator.Generate(
            reference, HistorySettings.LoadProfile(seedDataDirectory), HistorySettings.LoadTargets(seedDataDirectory));
        if (history.Anchors.FirstOrDefault(a => !a.Holds) is { } miss)
        {
            throw new InvalidDataException("generated history misses its targets: " + string.Join("; ", miss.Misses));
        }

        var generated = total.Elapsed;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var batch = await LoadBatchLog.StartAsync(connection, SeedSource, "seed", "seed-data reference files and generated history", cancellationToken);
        var ids = await new ReferenceWriter(connection, batch).WriteAsync(reference, cancellationToken);

        var copy = Stopwatch.StartNew();
        var window = await BulkLoadWindow.OpenAsync(connection, "core.dossiers", cancellationToken);
        var sources = await DossierSources.IdsAsync(connection, history.Dossiers.Select(d => d.SourceCode), cancellationToken);
        var dossiers = await WriteDossiersAsync(connection, history.Dossiers, ids, sources, batch, cancellationToken);
        await window.CloseAsync(cancellationToken);
        var copied = copy.Elapsed;
        await using (var rollup = new NpgsqlCommand("select core.refresh_dossier_rollups(@from, @to)", connection))
        {
            rollup.CommandTimeout = 600;
            var days = history.Dossiers.Select(d => DateOnly.FromDateTime(d.ReceivedAt.DateTime)).ToArray();
            rollup.Parameters.AddWithValue("from", days.Min());
            rollup.Parameters.AddWithValue("to", days.Max());
            await rollup.ExecuteNonQueryAsync(cancellationToken);
        }

        await LoadBatchLog.FinishAsync(connection, batch, (long)dossiers, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        // Statistics for the planner and a visibility map for index-only scans of the covering index.
        await using (var vacuum = new NpgsqlCommand("vacuum (analyze) core.dossiers, core.dossier_daily_rollups, core.dossier_monthly_rollups; analyze", connection) { CommandTimeout = 600 })
        {
            await vacuum.ExecuteNonQueryAsync(cancellationToken);
        }

        var report = new SeedReport((long)dossiers, generated, copied, total.Elapsed);
        logger.LogInformation(
            "Seeded {Rows} dossiers in {Seconds:F1} s ({RowsPerSecond:N0} rows/s; generate {Generate:F1} s, copy {Copy:F1} s)",
            report.Dossiers, report.Total.TotalSeconds, report.RowsPerSecond, generated.TotalSeconds, copied.TotalSeconds);
        return report;
    }

    private static async Task<ulong> WriteDossiersAsync(
        NpgsqlConnection connection, IReadOnlyList<GeneratedDossier> dossiers, ReferenceCodes ids, Dictionary<string, short> sources, long batch,
        CancellationToken cancellationToken) =>
        await BinaryCopy.WriteAsync(connection,
            "core.dossiers (source_id, external_id, unit_id, procedure_id, field_id, level, channel, online_level, received_at, due_at, resolved_at, status, load_batch_id)",
            dossiers,
            (w, d) =>
            {
                w.Write(sources[d.SourceCode], NpgsqlDbType.Smallint);
                w.Write(d.ExternalId, NpgsqlDbType.Text);
                w.Write(ids.Units[d.Unit.Code], NpgsqlDbType.Integer);
                w.Write(ids.Procedures[d.Procedure.Code].Id, NpgsqlDbType.Integer);
                w.Write(ids.Fields[d.Field.Code], NpgsqlDbType.Smallint);
                w.Write((short)DossierCodes.ParseLevel(d.Level), NpgsqlDbType.Smallint);
                w.Write((short)DossierCodes.ParseChannel(d.Channel), NpgsqlDbType.Smallint);
                w.Write((short)d.OnlineLevel, NpgsqlDbType.Smallint);
                w.Write(d.ReceivedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz);
                w.Write(d.DueAt.ToUniversalTime(), NpgsqlDbType.TimestampTz);
                w.WriteNullable(d.ResolvedAt?.ToUniversalTime(), NpgsqlDbType.TimestampTz);
                w.Write((short)(d.ResolvedAt is null ? DossierStatus.Pending : DossierStatus.Resolved), NpgsqlDbType.Smallint);
                w.Write(batch, NpgsqlDbType.Bigint);
            },
            cancellationToken);
}

/// <summary>How long the seed load took.</summary>
public sealed record SeedReport(long Dossiers, TimeSpan Generate, TimeSpan Copy, TimeSpan Total)
{
    public double RowsPerSecond => Dossiers / Math.Max(Total.TotalSeconds, 1e-9);
}
