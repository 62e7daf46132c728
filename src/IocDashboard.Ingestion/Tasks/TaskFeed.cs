using System.Text.Json;
using IocDashboard.Ingestion.Feeds;
using IocDashboard.Ingestion.Sources;
using IocDashboard.Warehouse.Model;
using Npgsql;
using NpgsqlTypes;

namespace IocDashboard.Ingestion.Tasks;

/// <summary>A reform task as the Home Affairs tracker reports it.</summary>
public sealed record TaskRecord(
    string ExternalId, string Title, short AreaId, int LeadAgencyId, IReadOnlyList<int> CoAgencyIds, DateOnly StartDate,
    DateOnly Deadline, DateOnly? CompletionReportedOn, DateOnly? CompletionConfirmedOn, DateTimeOffset UpdatedAt) : IFeedRecord;

/// <summary>
/// Reform tasks: upserted by code; the dated completion facts are appended to the status history
/// (core.reform_task_events), from which the status on any date is derived.
/// </summary>
public sealed class TaskFeed : FeedKind<TaskRecord>
{
    public override SourceKind Kind => SourceKind.Tasks;

    public override ParsedItem<TaskRecord> Parse(JsonElement item, ReferenceCodes codes)
    {
        var read = new ItemReader(item);
        var code = read.IdOrStandIn("code");
        var title = read.Text("title");
        var area = read.Text("areaCode");
        var lead = read.Text("leadAgencyCode");
        var start = read.Date("startDate");
        var deadline = read.Date("deadline");
        var reported = read.Date("completionReportedOn", required: false);
        var confirmed = read.Date("completionConfirmedOn", required: false);
        var updated = read.Instant("updatedAt");
        read.Text("code");
        if (!read.Ok)
        {
            return ParsedItem.Reject<TaskRecord>(code, read.Problem!);
        }

        if (!codes.ReformAreas.TryGetValue(area!, out var areaId))
        {
            return ParsedItem.Reject<TaskRecord>(code, $"unknown reform area '{area}'");
        }

        if (!codes.Units.TryGetValue(lead!, out var leadId))
        {
            return ParsedItem.Reject<TaskRecord>(code, $"unknown unit code '{lead}'");
        }

        var coAgencies = new List<int>();
        foreach (var co in read.TextList("coAgencyCodes"))
        {
            if (!codes.Units.TryGetValue(co, out var coId))
            {
                return ParsedItem.Reject<TaskRecord>(code, $"unknown unit code '{co}'");
            }

            coAgencies.Add(coId);
        }

        if (deadline < start || reported < start || (confirmed is not null && (reported is null || confirmed < reported)))
        {
            return ParsedItem.Reject<TaskRecord>(code, "impossible dates");
        }

        return ParsedItem.Accept(new TaskRecord(code, title!, areaId, leadId, coAgencies, start!.Value, deadline!.Value, reported, confirmed, updated!.Value));
    }

    public override async Task<MergeOutcome> MergeAsync(
        NpgsqlConnection connection, string sourceId, IReadOnlyList<TaskRecord> records, long batch, CancellationToken cancellationToken)
    {
        await using var merge = new NpgsqlCommand("""
            with incoming as (
                select * from unnest(@code, @title, @area, @lead, @start, @deadline)
                    as i(code, title, area_id, lead_agency_id, start_date, deadline)
            )
            insert into core.reform_tasks as t (code, title, area_id, lead_agency_id, start_date, deadline, source, load_batch_id)
            select code, title, area_id, lead_agency_id, start_date, deadline, 'synthetic', @batch from incoming
            on conflict (code) do update
            set title = excluded.title, area_id = excluded.area_id, lead_agency_id = excluded.lead_agency_id,
                start_date = excluded.start_date, deadline = excluded.deadline, load_batch_id = excluded.load_batch_id
            where (t.title, t.area_id, t.lead_agency_id, t.start_date, t.deadline)
                  is distinct from (excluded.title, excluded.area_id, excluded.lead_agency_id, excluded.start_date, excluded.deadline)
            returning (xmax = 0)
            """, connection);
        merge.Parameters.AddWithValue("code", records.Select(r => r.ExternalId).ToArray());
        merge.Parameters.AddWithValue("title", records.Select(r => r.Title).ToArray());
        merge.Parameters.AddWithValue("area", records.Select(r => r.AreaId).ToArray());
        merge.Parameters.AddWithValue("lead", records.Select(r => r.LeadAgencyId).ToArray());
        merge.Parameters.AddWithValue("start", records.Select(r => r.StartDate).ToArray());
        merge.Parameters.AddWithValue("deadline", records.Select(r => r.Deadline).ToArray());
        merge.Parameters.AddWithValue("batch", batch);
        var (inserted, updated) = await UpsertCounts.ReadAsync(merge, cancellationToken);

        var events = records.SelectMany(r => new[]
        {
            (r.ExternalId, Kind: ReformTaskEvent.CompletionReported, On: r.CompletionReportedOn),
            (r.ExternalId, Kind: ReformTaskEvent.CompletionConfirmed, On: r.CompletionConfirmedOn),
        }).Where(e => e.On is not null).ToList();
        await using var history = new NpgsqlCommand("""
            insert into core.reform_task_events (task_id, kind, occurred_on, load_batch_id)
            select t.id, e.kind, e.occurred_on, @batch
            from unnest(@code, @kind, @on) as e(code, kind, occurred_on) join core.reform_tasks t on t.code = e.code
            on conflict (task_id, kind, occurred_on) do nothing;

            delete from core.reform_task_co_agencies c using core.reform_tasks t where t.id = c.task_id and t.code = any(@codes);
            insert into core.reform_task_co_agencies (task_id, agency_id)
            select distinct t.id, a.agency_id
            from unnest(@co_code, @co_agency) as a(code, agency_id) join core.reform_tasks t on t.code = a.code;
            """, connection);
        history.Parameters.AddWithValue("code", events.Select(e => e.ExternalId).ToArray());
        history.Parameters.AddWithValue("kind", events.Select(e => e.Kind).ToArray());
        history.Parameters.AddWithValue("on", NpgsqlDbType.Array | NpgsqlDbType.Date, events.Select(e => e.On!.Value).ToArray());
        history.Parameters.AddWithValue("batch", batch);
        history.Parameters.AddWithValue("codes", records.Select(r => r.ExternalId).ToArray());
        var co = records.SelectMany(r => r.CoAgencyIds.Select(a => (r.ExternalId, a))).ToList();
        history.Parameters.AddWithValue("co_code", co.Select(c => c.ExternalId).ToArray());
        history.Parameters.AddWithValue("co_agency", co.Select(c => c.a).ToArray());
        await history.ExecuteNonQueryAsync(cancellationToken);

        return new MergeOutcome(inserted, updated, records.Count - inserted - updated, records.Select(r => r.LeadAgencyId).Distinct().ToList(), null, null);
    }
}
