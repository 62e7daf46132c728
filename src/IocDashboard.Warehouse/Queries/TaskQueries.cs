using IocDashboard.Domain.Tasks;
using IocDashboard.Warehouse.Model;
using Microsoft.EntityFrameworkCore;

namespace IocDashboard.Warehouse.Queries;

/// <summary>A reform task with its status on a date, derived by <see cref="ReformTaskStatusRule"/>.</summary>
public sealed record ReformTaskOnDate(
    string Code, string Title, string AreaCode, string AreaName, string LeadAgencyCode, string LeadAgencyName,
    DateOnly StartDate, DateOnly Deadline, DateOnly? CompletionReportedOn, DateOnly? CompletionConfirmedOn,
    ReformTaskStatus Status, int DaysOverdue);

public sealed record ReformAreaInfo(string Code, string Name, bool IsReformArea);

public sealed class TaskQueries(WarehouseDbContext db)
{
    public async Task<IReadOnlyList<ReformTaskOnDate>> OnDateAsync(DateOnly asOf, CancellationToken cancellationToken)
    {
        var rows = await (
            from task in db.ReformTasks.AsNoTracking()
            join area in db.ReformAreas on task.AreaId equals area.Id
            join agency in db.OrgUnits on task.LeadAgencyId equals agency.Id
            orderby task.Code
            select new { task, area.Code, AreaName = area.Name, AgencyCode = agency.Code, AgencyName = agency.Name })
            .ToListAsync(cancellationToken);
        var events = await db.ReformTaskEvents.AsNoTracking()
            .Where(e => e.OccurredOn <= asOf)
            .ToListAsync(cancellationToken);
        var latest = events
            .GroupBy(e => (e.TaskId, e.Kind))
            .ToDictionary(g => g.Key, g => g.Max(e => e.OccurredOn));

        return rows.Select(r =>
        {
            DateOnly? reported = latest.TryGetValue((r.task.Id, ReformTaskEvent.CompletionReported), out var rep) ? rep : null;
            DateOnly? confirmed = latest.TryGetValue((r.task.Id, ReformTaskEvent.CompletionConfirmed), out var con) ? con : null;
            var status = ReformTaskStatusRule.On(asOf, r.task.Deadline, reported, confirmed);
            var overdue = status == ReformTaskStatus.InProgressOverdue ? asOf.DayNumber - r.task.Deadline.DayNumber : 0;
            return new ReformTaskOnDate(r.task.Code, r.task.Title, r.Code, r.AreaName, r.AgencyCode, r.AgencyName,
                r.task.StartDate, r.task.Deadline, reported, confirmed, status, overdue);
        }).ToList();
    }

    /// <summary>The status counts on a date, overall and per reform area.</summary>
    public async Task<TaskSummary> SummaryAsync(DateOnly asOf, CancellationToken cancellationToken) =>
        TaskSummary.Of(asOf, await OnDateAsync(asOf, cancellationToken), await AreasAsync(cancellationToken));

    public async Task<IReadOnlyList<ReformAreaInfo>> AreasAsync(CancellationToken cancellationToken) =>
        await db.ReformAreas.AsNoTracking().OrderBy(a => a.Id)
            .Select(a => new ReformAreaInfo(a.Code, a.Name, a.IsReformArea))
            .ToListAsync(cancellationToken);
}
