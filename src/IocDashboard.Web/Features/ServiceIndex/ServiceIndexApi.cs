using IocDashboard.Warehouse.Queries;
using IocDashboard.Web.Features.Dossiers;
using IocDashboard.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using IocDashboard.Web.Features.Accounts;

namespace IocDashboard.Web.Features.ServiceIndex;

/// <summary>
/// GET /api/service-index: the Decision 766 service index estimated for a unit and a period from what the warehouse
/// holds (README, "Service index (Decision 766)"). The same from, to and unit as /api/dossiers/workload, with its 400s;
/// the reading is <see cref="ServiceIndexReader"/>'s.
/// </summary>
internal static class ServiceIndexApi
{
    public static IEndpointRouteBuilder MapServiceIndexApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/service-index").WithTags("Service index").RequireAuthorization(AccessPolicies.Leader).MapGet("/", Get);
        return app;
    }

    public static async Task<Results<Ok<ServiceIndexResponse>, ValidationProblem>> Get(
        string? from, string? to, string? unit, OrgUnitQueries units, ServiceIndexReader reader, CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        var period = errors.Period(from, to);
        var (scope, orgUnit) = await DossierScopeParser.ParseAsync(errors, units, unit, null, null, cancellationToken);
        if (errors.Any || period is null || scope is null || orgUnit is null)
        {
            return errors.ToProblem();
        }

        return TypedResults.Ok(await reader.ReadAsync(period, scope, orgUnit, cancellationToken));
    }
}
