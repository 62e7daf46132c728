using IocDashboard.Domain.Tasks;
using IocDashboard.Warehouse.Queries;
using IocDashboard.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using IocDashboard.Web.Features.Accounts;

namespace IocDashboard.Web.Features.Tasks;

/// <summary>GET /api/tasks/summary and /api/tasks: the 176 reform tasks with their status on a date.</summary>
internal static class TaskApi
{
    public static IEndpointRouteBuilder MapTaskApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/tasks").WithTags("Reform tasks").RequireAuthorization(AccessPolicies.Leader);
        group.MapGet("/summary", GetSummary);
        group.MapGet("/", GetList);
        return app;
    }

    public static async Task<Results<Ok<TaskSummary>, ValidationProblem>> GetSummary(
        string? asOf, TaskQueries tasks, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        if (errors.OptionalDate("asOf", asOf, clock.Today()) is not { } day)
        {
            return errors.ToProblem();
        }

        return TypedResults.Ok(await tasks.SummaryAsync(day, cancellationToken));
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
}
