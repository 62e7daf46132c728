using IocDashboard.Domain.Tasks;
using IocDashboard.Warehouse.Queries;
using IocDashboard.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IocDashboard.Web.Features.Tasks;

/// <summary>GET /api/tasks/summary and /api/tasks: the 176 reform tasks with their status on a date.</summary>
internal static class TaskApi
{
    public static IEndpointRouteBuilder MapTaskApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/tasks").WithTags("Reform tasks");
        group.MapGet("/summary", GetSummary);
        group.MapGet("/", GetList);
        return app;
    }

    public static async Task<Results<Ok<TaskSummaryResponse>, ValidationProblem>> GetSummary(
        string? asOf, TaskQueries tasks, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        if (errors.OptionalDate("asOf", asOf, clock.Today()) is not { } day)
        {
            return errors.ToProblem();
        }

        return TypedResults.Ok(await SummaryAsync(tasks, day, cancellationToken));
    }

    /// <summary>The status counts on a date, overall and per reform area: the API's answer and the wall's panel.</summary>
    public static async Task<TaskSummaryResponse> SummaryAsync(TaskQueries tasks, DateOnly day, CancellationToken cancellationToken) =>
        Summarize(day, await tasks.OnDateAsync(day, cancellationToken), await tasks.AreasAsync(cancellationToken));

    /// <summary>The counts of tasks already read for the date (the wall reads them once for counts and list).</summary>
    public static TaskSummaryResponse Summarize(DateOnly day, IReadOnlyList<ReformTaskOnDate> onDate, IReadOnlyList<ReformAreaInfo> areas)
    {
        var total = Count(onDate);
        var byArea = areas.Select(a =>
        {
            var c = Count(onDate.Where(t => t.AreaCode == a.Code).ToList());
            return new AreaTaskCounts(a.Code, a.Name, a.IsReformArea, c.Total, c.InProgressOnTime, c.InProgressOverdue,
                c.CompletedOnTime, c.CompletedLate, c.CompletedAwaitingConfirmation);
        }).ToList();
        return new TaskSummaryResponse(day, total.Total, total.InProgressOnTime, total.InProgressOverdue,
            total.CompletedOnTime, total.CompletedLate, total.CompletedAwaitingConfirmation, byArea);
    }

    public static async Task<Results<Ok<TaskListResponse>, ValidationProblem>> GetList(
        string? asOf, string? status, string? area, string? agency, TaskQueries tasks, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        var day = errors.OptionalDate("asOf", asOf, clock.Today());
        ReformTaskStatus? wanted = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (ReformTaskStatusRule.TryParseApiName(status.Trim(), out var parsed))
            {
                wanted = parsed;
            }
            else
            {
                errors.Add("status", $"Unknown status '{status}'; use one of: "
                    + string.Join(", ", Enum.GetValues<ReformTaskStatus>().Select(ReformTaskStatusRule.ApiName)) + ".");
            }
        }

        if (!string.IsNullOrWhiteSpace(area) && !(await tasks.AreasAsync(cancellationToken)).Any(a => a.Code == area.Trim()))
        {
            errors.Add("area", $"Unknown reform area '{area}'.");
        }

        if (errors.Any || day is null)
        {
            return errors.ToProblem();
        }

        var onDate = await tasks.OnDateAsync(day.Value, cancellationToken);
        if (!string.IsNullOrWhiteSpace(agency) && !onDate.Any(t => t.LeadAgencyCode == agency.Trim()))
        {
            errors.Add("agency", $"No reform task is led by '{agency}'.");
            return errors.ToProblem();
        }

        var items = onDate
            .Where(t => wanted is null || t.Status == wanted)
            .Where(t => string.IsNullOrWhiteSpace(area) || t.AreaCode == area.Trim())
            .Where(t => string.IsNullOrWhiteSpace(agency) || t.LeadAgencyCode == agency.Trim())
            .Select(t => new TaskItem(t.Code, t.Title, t.AreaCode, t.AreaName, t.LeadAgencyCode, t.LeadAgencyName, t.StartDate,
                t.Deadline, t.CompletionReportedOn, t.CompletionConfirmedOn, ReformTaskStatusRule.ApiName(t.Status),
                ReformTaskStatusRule.Label(t.Status), t.DaysOverdue))
            .ToList();
        return TypedResults.Ok(new TaskListResponse(day.Value, items.Count, items));
    }

    private static TaskStatusCounts Count(IReadOnlyCollection<ReformTaskOnDate> tasks) => new(
        tasks.Count,
        tasks.Count(t => t.Status == ReformTaskStatus.InProgressOnTime),
        tasks.Count(t => t.Status == ReformTaskStatus.InProgressOverdue),
        tasks.Count(t => t.Status == ReformTaskStatus.CompletedOnTime),
        tasks.Count(t => t.Status == ReformTaskStatus.CompletedLate),
        tasks.Count(t => t.Status == ReformTaskStatus.CompletedAwaitingConfirmation));
}
