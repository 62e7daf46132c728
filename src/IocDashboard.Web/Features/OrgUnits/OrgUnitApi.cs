using IocDashboard.Warehouse.Queries;
using IocDashboard.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using IocDashboard.Web.Features.Accounts;

namespace IocDashboard.Web.Features.OrgUnits;

/// <summary>GET /api/org-units: the org-unit tree as it stood on a date.</summary>
internal static class OrgUnitApi
{
    public static IEndpointRouteBuilder MapOrgUnitApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/org-units").WithTags("Org units").RequireAuthorization(AccessPolicies.Leader).MapGet("/", GetTree);
        return app;
    }

    public static async Task<Results<Ok<IReadOnlyList<OrgUnitNode>>, ValidationProblem>> GetTree(
        string? asOf, OrgUnitQueries units, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        if (errors.OptionalDate("asOf", asOf, clock.Today()) is not { } day)
        {
            return errors.ToProblem();
        }

        return TypedResults.Ok(await units.TreeAsync(day, cancellationToken));
    }
}
