using IocDashboard.Domain.Periods;
using Npgsql;
using NpgsqlTypes;

namespace IocDashboard.Warehouse.Loading;

/// <summary>
/// A dossier history written straight into an empty core.dossiers (the seed, millions of rows): one binary COPY
/// with the table's key and indexes dropped and rebuilt once afterwards (<see cref="BulkLoadWindow"/>), then the
/// rollups of the days it covers (from the first receipt to the last receipt or resolution) recomputed in one pass. Connectors, which add to what is stored, go through
/// <see cref="DossierWriter"/> instead.
/// </summary>
public static class DossierBulkLoad
{
    /// <summary>Inside the caller's transaction: a failed load leaves the table as it was. Returns the rows written.</summary>
    public static async Task<ulong> LoadIntoEmptyAsync(
        NpgsqlConnection connection, IEnumerable<(short SourceId, DossierRow Dossier)> dossiers, long batch, CancellationToken ct)
    {
        var window = await BulkLoadWindow.OpenAsync(connection, "core.dossiers", ct);
        DateOnly? first = null, last = null;
        var rows = await BinaryCopy.WriteAsync(connection, $"core.dossiers (source_id, {DossierRow.Columns}, load_batch_id)", dossiers,
            (w, d) =>
            {
                w.Write(d.SourceId, NpgsqlDbType.Smallint);
                d.Dossier.WriteTo(w);
                w.Write(batch, NpgsqlDbType.Bigint);
                var day = ReportingPeriod.LocalDay(d.Dossier.ReceivedAt);
                first = first is { } f && f <= day ? f : day;
                // A dossier resolved after the last receipt still has a workload rollup row on that later day.
                var lastDay = d.Dossier.ResolvedAt is { } resolved ? ReportingPeriod.LocalDay(resolved) : day;
                last = last is { } l && l >= lastDay ? l : lastDay;
            },
            ct);
        await window.CloseAsync(ct);

        if (first is { } from && last is { } to)
        {
            await using var rollup = new NpgsqlCommand("select core.refresh_dossier_rollups(@from, @to)", connection) { CommandTimeout = 600 };
            rollup.Parameters.AddWithValue("from", from);
            rollup.Parameters.AddWithValue("to", to);
            await rollup.ExecuteNonQueryAsync(ct);
        }

        return rows;
    }

    /// <summary>
    /// After the load has committed: statistics for the planner and a visibility map for index-only scans of the
    /// covering index (VACUUM cannot run inside a transaction).
    /// </summary>
    public static async Task VacuumAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var vacuum = new NpgsqlCommand(
            """
            vacuum (analyze) core.dossiers, core.dossier_daily_rollups, core.dossier_monthly_rollups,
                core.dossier_workload_daily_rollups, core.dossier_workload_weekly_rollups,
                core.dossier_workload_monthly_rollups;
            analyze
            """, connection) { CommandTimeout = 600 };
        await vacuum.ExecuteNonQueryAsync(ct);
    }
}
