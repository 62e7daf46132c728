using IocDashboard.Domain.OrgUnits;
using IocDashboard.Domain.ServiceIndex;
using IocDashboard.Warehouse.Queries;
using IocDashboard.Web.Features.Dossiers;
using IocDashboard.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace IocDashboard.Web.Features.ServiceIndex;

/// <summary>
/// GET /api/service-index: the Decision 766 service index estimated for a unit and a period from what the warehouse
/// holds (README, "Service index (Decision 766)"). The same from, to and unit as /api/dossiers/workload, with its 400s.
/// </summary>
internal static class ServiceIndexApi
{
    public static IEndpointRouteBuilder MapServiceIndexApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/service-index").WithTags("Service index").MapGet("/", Get);
        return app;
    }

    public static async Task<Results<Ok<ServiceIndexResponse>, ValidationProblem>> Get(
        string? from, string? to, string? unit, OrgUnitQueries units, ServiceIndexQueries index, IOptions<ServiceIndexOptions> options,
        CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        var period = errors.Period(from, to);
        // The unit with the units under it, at every procedure level: the index scores a unit's whole work.
        var (scope, orgUnit) = await DossierScopeParser.ParseAsync(errors, units, unit, null, null, cancellationToken);
        if (errors.Any || period is null || scope is null || orgUnit is null)
        {
            return errors.ToProblem();
        }

        var workingDays = options.Value.PetitionAnswerWorkingDays;
        var estimate = await index.EstimateAsync(
            period, scope, IsProvince(orgUnit.Kind), new PetitionDeadline(workingDays), cancellationToken);
        var score = estimate.Score;
        return TypedResults.Ok(new ServiceIndexResponse(
            orgUnit.Code,
            orgUnit.Name,
            period.From,
            period.To,
            ServiceIndexIndicatorDto.Round(score.PointsWithData)!.Value,
            score.MaximumWithData,
            ServiceIndexScore.Maximum,
            score.Text,
            score.Groups.Select(ServiceIndexGroupDto.From).ToList(),
            ServiceIndexInputsDto.From(estimate, workingDays),
            await DossierScopeParser.ScopeChangedTextAsync(units, scope, period, cancellationToken)));
    }

    private static bool IsProvince(string kind) => Enum.TryParse<OrgUnitKind>(kind, ignoreCase: true, out var k) && k == OrgUnitKind.Province;
}
