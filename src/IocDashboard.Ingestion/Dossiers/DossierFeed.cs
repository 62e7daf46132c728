using System.Collections.Concurrent;
using System.Text.Json;
using IocDashboard.Domain.Dossiers;
using IocDashboard.Ingestion.Feeds;
using IocDashboard.Ingestion.Sources;
using IocDashboard.Warehouse.Loading;
using Npgsql;
using NpgsqlTypes;

namespace IocDashboard.Ingestion.Dossiers;

/// <summary>
/// Dossiers from a one-stop-shop system: validated item by item, then a page is COPYed into a staging table
/// and merged into core.dossiers (insert new, update changed, leave identical rows untouched; see
/// <see cref="DossierMergeSql"/>), with the rollups moved by exactly what changed. A page holds each record once
/// (the caller keeps the latest); the caller's transaction holds the page.
/// </summary>
public sealed class DossierFeed : FeedKind<DossierRecord>
{
    private const string InsertNewSavepoint = "insert_new";

    // Per source: whether its last page was all new dossiers. A feed delivers its history in long runs of new
    // records (an initial sync, a new source): while that lasts, pages skip the key lookups of the general merge
    // (about a quarter of its cost), and the first page that holds a stored dossier falls back to it.
    private readonly ConcurrentDictionary<string, bool> _lastPageAllNew = new(StringComparer.Ordinal);

    public override SourceKind Kind => SourceKind.Dossiers;

    public override ParsedItem<DossierRecord> Parse(JsonElement item, ReferenceCodes codes)
    {
        var read = new ItemReader(item);
        var id = read.IdOrStandIn();
        read.Text("id");
        var unitCode = read.Text("unitCode");
        var procedureCode = read.Text("procedureCode");
        var fieldCode = read.Text("fieldCode");
        var levelText = read.Text("level");
        var channelText = read.Text("channel");
        var onlineLevel = read.WholeNumber("onlineLevel");
        var received = read.Instant("receivedAt");
        var due = read.Instant("dueAt");
        var resolved = read.Instant("resolvedAt", required: false);
        var statusText = read.Text("status");
        var updated = read.Instant("updatedAt");
        if (!read.Ok)
        {
            return ParsedItem.Reject<DossierRecord>(id, read.Problem!);
        }

        if (!codes.Units.TryGetValue(unitCode!, out var unitId))
        {
            return ParsedItem.Reject<DossierRecord>(id, $"unknown unit code '{unitCode}'");
        }

        if (!codes.Procedures.TryGetValue(procedureCode!, out var procedure))
        {
            return ParsedItem.Reject<DossierRecord>(id, $"unknown procedure code '{procedureCode}'");
        }

        if (!codes.Fields.TryGetValue(fieldCode!, out var fieldId) || fieldId != procedure.FieldId)
        {
            return ParsedItem.Reject<DossierRecord>(id, $"field '{fieldCode}' does not match procedure '{procedureCode}'");
        }

        if (!DossierCodes.TryParseLevel(levelText!, out var level))
        {
            return ParsedItem.Reject<DossierRecord>(id, $"unknown level '{levelText}'");
        }

        Channel channel;
        try
        {
            channel = DossierCodes.ParseChannel(channelText!);
        }
        catch (FormatException)
        {
            return ParsedItem.Reject<DossierRecord>(id, $"unknown channel '{channelText}'");
        }

        if (onlineLevel is not (0 or 3 or 4) || (channel == Channel.Online) != (onlineLevel != 0))
        {
            return ParsedItem.Reject<DossierRecord>(id, $"online level {onlineLevel} does not fit channel '{channelText}'");
        }

        if (resolved < received)
        {
            return ParsedItem.Reject<DossierRecord>(id, "impossible dates: resolved before received");
        }

        if (due < received)
        {
            return ParsedItem.Reject<DossierRecord>(id, "impossible dates: due before received");
        }

        DossierStatus? status = statusText switch
        {
            "pending" => DossierStatus.Pending,
            "resolved" => DossierStatus.Resolved,
            "withdrawn" => DossierStatus.Withdrawn,
            "returned" => DossierStatus.ReturnedForCompletion,
            _ => null,
        };
        if (status is null)
        {
            return ParsedItem.Reject<DossierRecord>(id, $"unknown status '{statusText}'");
        }

        return ParsedItem.Accept(new DossierRecord(
            id, unitId, procedure.Id, fieldId, level, channel, (OnlineServiceLevel)onlineLevel.Value,
            received!.Value, due!.Value, resolved, status.Value, updated!.Value));
    }

    public override async Task<MergeOutcome> MergeAsync(
        NpgsqlConnection connection, string sourceId, IReadOnlyList<DossierRecord> records, long batch, CancellationToken cancellationToken)
    {
        var sourceCode = SourceCode(sourceId);
        MergeOutcome? outcome = null;
        if (_lastPageAllNew.GetValueOrDefault(sourceCode))
        {
            try
            {
                outcome = await LoadAsync(connection, sourceCode, records, batch, insertOnly: true, cancellationToken);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation && e.ConstraintName == DossierMergeSql.KeyConstraint)
            {
                await using var rollback = new NpgsqlCommand("rollback to savepoint " + InsertNewSavepoint, connection);
                await rollback.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        outcome ??= await LoadAsync(connection, sourceCode, records, batch, insertOnly: false, cancellationToken);
        _lastPageAllNew[sourceCode] = outcome.Inserted == records.Count;
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
    public override async Task AfterRunAsync(NpgsqlConnection connection, long inserted, CancellationToken cancellationToken)
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
        NpgsqlConnection connection, string sourceCode, IReadOnlyList<DossierRecord> records, long batch, bool insertOnly, CancellationToken cancellationToken)
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

        await BinaryCopy.WriteAsync(connection,
            "stage_dossiers (external_id, unit_id, procedure_id, field_id, level, channel, online_level, received_at, due_at, resolved_at, status)",
            records,
            (w, r) =>
            {
                w.Write(r.ExternalId, NpgsqlDbType.Text);
                w.Write(r.UnitId, NpgsqlDbType.Integer);
                w.Write(r.ProcedureId, NpgsqlDbType.Integer);
                w.Write(r.FieldId, NpgsqlDbType.Smallint);
                w.Write((short)r.Level, NpgsqlDbType.Smallint);
                w.Write((short)r.Channel, NpgsqlDbType.Smallint);
                w.Write((short)r.OnlineLevel, NpgsqlDbType.Smallint);
                w.Write(r.ReceivedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz);
                w.Write(r.DueAt.ToUniversalTime(), NpgsqlDbType.TimestampTz);
                w.WriteNullable(r.ResolvedAt?.ToUniversalTime(), NpgsqlDbType.TimestampTz);
                w.Write((short)r.Status, NpgsqlDbType.Smallint);
            },
            cancellationToken);

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
        return new MergeOutcome(inserted, updated, records.Count - inserted - updated, units, first, last);
    }

    /// <summary>The natural-key source of a dossier: the system instance it came from ("MOTCUA-705").</summary>
    public static string SourceCode(string sourceId) => sourceId.ToUpperInvariant();
}
