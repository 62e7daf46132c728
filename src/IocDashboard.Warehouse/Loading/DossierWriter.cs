using System.Collections.Concurrent;
using Npgsql;

namespace IocDashboard.Warehouse.Loading;

/// <summary>
/// Writes pages of dossiers from a source system: a page is COPYed into a staging table and merged into
/// core.dossiers (insert new, update changed, leave identical rows untouched; see <see cref="DossierMergeSql"/>),
/// with the rollups moved by exactly what changed. A page holds each dossier once; the caller's transaction holds
/// the page. Keep one writer for every page of a process: it remembers, per source, how its last page went.
/// </summary>
public sealed class DossierWriter
{
    private const string InsertNewSavepoint = "insert_new";

    // Per source: whether its last page was all new dossiers. A feed delivers its history in long runs of new
    // records (an initial sync, a new source): while that lasts, pages skip the key lookups of the general merge
    // (about a quarter of its cost), and the first page that holds a stored dossier falls back to it.
    private readonly ConcurrentDictionary<string, bool> _lastPageAllNew = new(StringComparer.Ordinal);

    /// <summary>Merges one page of <paramref name="sourceCode"/>'s dossiers ("MOTCUA-705"), inside the caller's transaction.</summary>
    public async Task<MergeOutcome> MergeAsync(
        NpgsqlConnection connection, string sourceCode, IReadOnlyList<DossierRow> dossiers, long batch, CancellationToken cancellationToken)
    {
        MergeOutcome? outcome = null;
        if (_lastPageAllNew.GetValueOrDefault(sourceCode))
        {
            try
            {
                outcome = await LoadAsync(connection, sourceCode, dossiers, batch, insertOnly: true, cancellationToken);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation && e.ConstraintName == DossierMergeSql.KeyConstraint)
            {
                await using var rollback = new NpgsqlCommand("rollback to savepoint " + InsertNewSavepoint, connection);
                await rollback.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        outcome ??= await LoadAsync(connection, sourceCode, dossiers, batch, insertOnly: false, cancellationToken);
        _lastPageAllNew[sourceCode] = outcome.Inserted == dossiers.Count;
        return outcome;
    }

    /// <summary>
    /// After a run that at least doubled core.dossiers since its statistics were taken (an initial sync, the first
    /// load after a reset), they are taken again at once, as after any bulk load. Without them the planner cannot
    /// tell that the key picks one row, and the general merge's update would scan every stored dossier of the
    /// source instead of looking up the few it changes; autovacuum would get there a minute or more later. Once
    /// taken they stay good as the table grows (the key's distinct count is kept as a fraction of the rows), so
    /// the other runs of an initial sync, ending after the first, do not repeat the work.
    /// </summary>
    public static async Task AnalyzeAfterRunAsync(NpgsqlConnection connection, long inserted, CancellationToken cancellationToken)
    {
        await using var estimate = new NpgsqlCommand("select reltuples from pg_class where oid = 'core.dossiers'::regclass", connection);
        var rows = (float)(await estimate.ExecuteScalarAsync(cancellationToken))!;
        if (inserted > 0 && inserted >= rows)
        {
            await using var analyze = new NpgsqlCommand("analyze core.dossiers", connection) { CommandTimeout = 600 };
            await analyze.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task<MergeOutcome> LoadAsync(
        NpgsqlConnection connection, string sourceCode, IReadOnlyList<DossierRow> dossiers, long batch, bool insertOnly, CancellationToken cancellationToken)
    {
        // One round trip before the COPY: the staging table, the source's id and, for the insert-only form, a
        // savepoint that a refused insert rolls back to (the stage and its COPY are then done again).
        short source;
        await using (var setup = new NpgsqlBatch(connection))
        {
            setup.BatchCommands.Add(new NpgsqlBatchCommand(DossierMergeSql.CreateStage));
            setup.BatchCommands.Add(DossierSources.FindOrAdd(sourceCode));
            if (insertOnly)
            {
                setup.BatchCommands.Add(new NpgsqlBatchCommand("savepoint " + InsertNewSavepoint));
            }

            source = await setup.ExecuteScalarAsync(cancellationToken) as short?
                ?? await DossierSources.IdAsync(connection, sourceCode, cancellationToken);
        }

        await BinaryCopy.WriteAsync(connection, $"stage_dossiers ({DossierRow.Columns})", dossiers, (w, d) => d.WriteTo(w), cancellationToken);

        await using var merge = new NpgsqlCommand(insertOnly ? DossierMergeSql.InsertNew : DossierMergeSql.Merge, connection);
        merge.Parameters.AddWithValue("source", source);
        merge.Parameters.AddWithValue("batch", batch);
        if (insertOnly)
        {
            // Parsed and planned once per connection rather than per page: its plan does not depend on what is
            // stored. The general merge is not prepared: a plan cached while core.dossiers was small would keep
            // scanning the table for the lookups once it is large.
            await merge.PrepareAsync(cancellationToken);
        }

        await using var reader = await merge.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var inserted = (int)reader.GetInt64(0);
        var updated = (int)reader.GetInt64(1);
        var units = reader.GetFieldValue<int[]>(2);
        DateOnly? first = reader.IsDBNull(3) ? null : reader.GetFieldValue<DateOnly>(3);
        DateOnly? last = reader.IsDBNull(4) ? null : reader.GetFieldValue<DateOnly>(4);
        return new MergeOutcome(inserted, updated, dossiers.Count - inserted - updated, units, first, last);
    }
}
