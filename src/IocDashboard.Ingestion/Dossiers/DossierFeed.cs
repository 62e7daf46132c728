using System.Text.Json;
using IocDashboard.Domain.Dossiers;
using IocDashboard.Ingestion.Feeds;
using IocDashboard.Warehouse.Loading;
using Npgsql;
using NpgsqlTypes;

namespace IocDashboard.Ingestion.Dossiers;

/// <summary>
/// Dossiers from a one-stop-shop system: validated item by item, then a page is COPYed into a staging table
/// and merged into core.dossiers (insert new, update changed, leave identical rows untouched), with the
/// rollups moved by exactly what changed. A page holds each record once (the caller keeps the latest).
/// </summary>
public sealed class DossierFeed : FeedKind<DossierRecord>
{
    // New rows take a plain INSERT (no speculative insertion): a source is synced by one run at a time, and
    // the unique key still refuses a duplicate outright, which fails the page and is retried.
    private const string Merge = """
        -- The stored dossiers the page touches, with the incoming row beside them: the update and the rollup
        -- deltas read both from here, without joining the stage again.
        with previous as materialized (
            select d.id, s.external_id, d.unit_id, d.procedure_id, d.field_id, d.channel, d.level, d.online_level,
                   d.received_at, d.due_at, d.resolved_at, d.status, s as incoming
            from stage_dossiers s join core.dossiers d on d.source_code = s.source_code and d.external_id = s.external_id
        ),
        inserted as (
            insert into core.dossiers (source_code, external_id, unit_id, procedure_id, field_id, level, channel,
                                       online_level, received_at, due_at, resolved_at, status, load_batch_id)
            select source_code, external_id, unit_id, procedure_id, field_id, level, channel,
                   online_level, received_at, due_at, resolved_at, status, @batch
            from stage_dossiers s
            where not exists (select 1 from previous p where p.external_id = s.external_id)
            returning unit_id, field_id, channel, level, online_level, received_at, due_at, resolved_at
        ),
        updated as (
            update core.dossiers d
            set unit_id = (p.incoming).unit_id, procedure_id = (p.incoming).procedure_id, field_id = (p.incoming).field_id,
                level = (p.incoming).level, channel = (p.incoming).channel, online_level = (p.incoming).online_level,
                received_at = (p.incoming).received_at, due_at = (p.incoming).due_at, resolved_at = (p.incoming).resolved_at,
                status = (p.incoming).status, load_batch_id = @batch
            from previous p
            where d.id = p.id
              and (p.unit_id, p.procedure_id, p.field_id, p.level, p.channel, p.online_level, p.received_at, p.due_at, p.resolved_at, p.status)
                  is distinct from
                  ((p.incoming).unit_id, (p.incoming).procedure_id, (p.incoming).field_id, (p.incoming).level, (p.incoming).channel,
                   (p.incoming).online_level, (p.incoming).received_at, (p.incoming).due_at, (p.incoming).resolved_at, (p.incoming).status)
            returning d.id, d.unit_id, d.field_id, d.channel, d.level, d.online_level, d.received_at, d.due_at, d.resolved_at
        ),
        changes as (
            select 1 as sign, received_at, unit_id, field_id, channel, level, online_level, due_at, resolved_at from inserted
            union all
            select 1, received_at, unit_id, field_id, channel, level, online_level, due_at, resolved_at from updated
            union all
            select -1, p.received_at, p.unit_id, p.field_id, p.channel, p.level, p.online_level, p.due_at, p.resolved_at
            from previous p join updated u on u.id = p.id
        ),
        -- What the changes do to each rollup cell (DOMAIN.md §3: a cohort by day of receipt with its current outcome).
        delta as (
            select (received_at at time zone 'Asia/Ho_Chi_Minh')::date as day, unit_id, field_id, channel, level,
                   sum(sign) as received,
                   coalesce(sum(sign) filter (where resolved_at <= due_at), 0) as on_time,
                   coalesce(sum(sign) filter (where resolved_at > due_at), 0) as late,
                   coalesce(sum(sign) filter (where resolved_at is not null and channel = 2 and online_level = 4), 0) as full_online
            from changes
            group by 1, 2, 3, 4, 5
        ),
        daily as (
            insert into core.dossier_daily_rollups as r
            select day, unit_id, field_id, channel, level, received, on_time, late, full_online from delta
            on conflict (day, unit_id, field_id, channel, level) do update
            set received = r.received + excluded.received,
                resolved_on_time = r.resolved_on_time + excluded.resolved_on_time,
                resolved_late = r.resolved_late + excluded.resolved_late,
                resolved_full_online = r.resolved_full_online + excluded.resolved_full_online
            returning 1
        ),
        monthly as (
            insert into core.dossier_monthly_rollups as r
            select date_trunc('month', day)::date, unit_id, field_id, channel, level,
                   sum(received), sum(on_time), sum(late), sum(full_online)
            from delta group by 1, 2, 3, 4, 5
            on conflict (month, unit_id, field_id, channel, level) do update
            set received = r.received + excluded.received,
                resolved_on_time = r.resolved_on_time + excluded.resolved_on_time,
                resolved_late = r.resolved_late + excluded.resolved_late,
                resolved_full_online = r.resolved_full_online + excluded.resolved_full_online
            returning 1
        )
        -- Units and days come from the grouped cells, not the rows: thousands of cells instead of a page's rows.
        select (select count(*) from inserted),
               (select count(*) from updated),
               (select coalesce(array_agg(distinct unit_id), '{}') from delta),
               (select min(day) from delta),
               (select max(day) from delta),
               (select count(*) from daily) + (select count(*) from monthly)
        """;

    public override string Kind => "dossiers";

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
        await using (var stage = new NpgsqlCommand("""
            create temp table if not exists stage_dossiers (
                source_code text collate "C", external_id text collate "C", unit_id int, procedure_id int, field_id smallint, level smallint,
                channel smallint, online_level smallint, received_at timestamptz, due_at timestamptz,
                resolved_at timestamptz, status smallint) on commit delete rows
            """, connection))
        {
            await stage.ExecuteNonQueryAsync(cancellationToken);
        }

        var sourceCode = SourceCode(sourceId);
        await BinaryCopy.WriteAsync(connection,
            "stage_dossiers (source_code, external_id, unit_id, procedure_id, field_id, level, channel, online_level, received_at, due_at, resolved_at, status)",
            records,
            (w, r) =>
            {
                w.Write(sourceCode, NpgsqlDbType.Text);
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

        await using var merge = new NpgsqlCommand(Merge, connection);
        merge.Parameters.AddWithValue("batch", batch);
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
