using IocDashboard.Warehouse.Queries;
using IocDashboard.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using IocDashboard.Web.Features.Accounts;

namespace IocDashboard.Web.Features.Indicators;

/// <summary>GET /api/indicators: the 16 digital-transformation indicators, target against latest value.</summary>
internal static class IndicatorApi
{
    public static IEndpointRouteBuilder MapIndicatorApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/indicators").WithTags("DX indicators").RequireAuthorization(AccessPolicies.Leader).MapGet("/", Get);
        return app;
    }

    public static async Task<Results<Ok<IndicatorSummary>, ValidationProblem>> Get(
        string? asOf, IndicatorQueries indicators, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        if (errors.OptionalDate("asOf", asOf, clock.Today()) is not { } day)
        {
            return errors.ToProblem();
        }

        return TypedResults.Ok(await indicators.SummaryAsync(day, cancellationToken));
    }
}
