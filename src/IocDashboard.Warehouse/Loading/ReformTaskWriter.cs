using IocDashboard.Warehouse.Model;
using Npgsql;
using NpgsqlTypes;

namespace IocDashboard.Warehouse.Loading;

/// <summary>A reform task as the warehouse stores it, with its co-agencies and its dated completion facts.</summary>
public sealed record ReformTaskRow(
    string Code, string Title, short AreaId, int LeadAgencyId, IReadOnlyList<int> CoAgencyIds, DateOnly StartDate,
    DateOnly Deadline, DateOnly? CompletionReportedOn, DateOnly? CompletionConfirmedOn);

/// <summary>
/// Writes reform tasks: upserted by code; the dated completion facts are appended to the status history
/// (core.reform_task_events), from which the status on any date is derived; the co-agencies are replaced. A new
/// task is stamped with the origin of its batch; an update leaves the origin of the stored task as it was.
/// </summary>
public static class ReformTaskWriter
{
    public static async Task<MergeOutcome> UpsertAsync(
        NpgsqlConnection connection, IReadOnlyList<ReformTaskRow> tasks, RowOrigin origin, long batch, CancellationToken cancellationToken)
    {
        await using var merge = new NpgsqlCommand("""
            with incoming as (
                select * from unnest(@code, @title, @area, @lead, @start, @deadline)
                    as i(code, title, area_id, lead_agency_id, start_date, deadline)
            )
            insert into core.reform_tasks as t (code, title, area_id, lead_agency_id, start_date, deadline, source, load_batch_id)
            select code, title, area_id, lead_agency_id, start_date, deadline, @origin, @batch from incoming
            on conflict (code) do update
            set title = excluded.title, area_id = excluded.area_id, lead_agency_id = excluded.lead_agency_id,
                start_date = excluded.start_date, deadline = excluded.deadline, load_batch_id = excluded.load_batch_id
            where (t.title, t.area_id, t.lead_agency_id, t.start_date, t.deadline)
                  is distinct from (excluded.title, excluded.area_id, excluded.lead_agency_id, excluded.start_date, excluded.deadline)
            returning (xmax = 0)
            """, connection);
        merge.Parameters.AddWithValue("code", tasks.Select(r => r.Code).ToArray());
        merge.Parameters.AddWithValue("title", tasks.Select(r => r.Title).ToArray());
        merge.Parameters.AddWithValue("area", tasks.Select(r => r.AreaId).ToArray());
        merge.Parameters.AddWithValue("lead", tasks.Select(r => r.LeadAgencyId).ToArray());
        merge.Parameters.AddWithValue("start", tasks.Select(r => r.StartDate).ToArray());
        merge.Parameters.AddWithValue("deadline", tasks.Select(r => r.Deadline).ToArray());
        merge.Parameters.AddWithValue("origin", origin.ToText());
        merge.Parameters.AddWithValue("batch", batch);
        var (inserted, updated) = await UpsertCounts.ReadAsync(merge, cancellationToken);

        var events = tasks.SelectMany(r => new[]
        {
            (r.Code, Kind: ReformTaskEvent.CompletionReported, On: r.CompletionReportedOn),
            (r.Code, Kind: ReformTaskEvent.CompletionConfirmed, On: r.CompletionConfirmedOn),
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
        history.Parameters.AddWithValue("code", events.Select(e => e.Code).ToArray());
        history.Parameters.AddWithValue("kind", events.Select(e => e.Kind).ToArray());
        history.Parameters.AddWithValue("on", NpgsqlDbType.Array | NpgsqlDbType.Date, events.Select(e => e.On!.Value).ToArray());
        history.Parameters.AddWithValue("batch", batch);
        history.Parameters.AddWithValue("codes", tasks.Select(r => r.Code).ToArray());
        var co = tasks.SelectMany(r => r.CoAgencyIds.Select(a => (r.Code, a))).ToList();
        history.Parameters.AddWithValue("co_code", co.Select(c => c.Code).ToArray());
        history.Parameters.AddWithValue("co_agency", co.Select(c => c.a).ToArray());
        await history.ExecuteNonQueryAsync(cancellationToken);

        return new MergeOutcome(inserted, updated, tasks.Count - inserted - updated, tasks.Select(r => r.LeadAgencyId).Distinct().ToList(), null, null);
    }
}
