using IocDashboard.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IocDashboard.Web.Features.Meeting;

/// <summary>
/// GET /api/accountability: who is behind on a date (today by default): the overdue reform tasks by lead agency, the
/// indicators of the year's plan not achieved with their owner agency, the units with dossiers pending past their
/// deadline. This checks the date; the reading is <see cref="AccountabilityReader"/>'s.
/// </summary>
internal static class AccountabilityApi
{
    public static async Task<Results<Ok<AccountabilityResponse>, ValidationProblem>> Get(
        string? asOf, AccountabilityReader reader, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        if (errors.OptionalDate("asOf", asOf, clock.Today()) is not { } day)
        {
            return errors.ToProblem();
        }

        return TypedResults.Ok(await reader.ReadAsync(day, cancellationToken));
    }
}
