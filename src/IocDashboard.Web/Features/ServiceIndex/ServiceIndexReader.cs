using IocDashboard.Domain.OrgUnits;
using IocDashboard.Domain.Periods;
using IocDashboard.Domain.ServiceIndex;
using IocDashboard.Warehouse.Model;
using IocDashboard.Warehouse.Queries;
using IocDashboard.Web.Features.Dossiers;
using Microsoft.Extensions.Options;

namespace IocDashboard.Web.Features.ServiceIndex;

/// <summary>
/// The service index of a checked unit and period (/api/service-index's answer), shared by the endpoint and the
/// meeting's printed view. The scope is the unit with the units under it, at every procedure level: the index scores
/// a unit's whole work.
/// </summary>
internal sealed class ServiceIndexReader(OrgUnitQueries units, ServiceIndexQueries index, IOptions<ServiceIndexOptions> options)
{
    public async Task<ServiceIndexResponse> ReadAsync(ReportingPeriod period, DossierScope scope, OrgUnit unit, CancellationToken cancellationToken)
    {
        var workingDays = options.Value.PetitionAnswerWorkingDays;
        var estimate = await index.EstimateAsync(
            period, scope, IsProvince(unit.Kind), new PetitionDeadline(workingDays), cancellationToken);
        var score = estimate.Score;
        return new ServiceIndexResponse(
            unit.Code,
            unit.Name,
            period.From,
            period.To,
            ServiceIndexIndicatorDto.Round(score.PointsWithData)!.Value,
            score.MaximumWithData,
            ServiceIndexScore.Maximum,
            score.Text,
            score.Groups.Select(ServiceIndexGroupDto.From).ToList(),
            ServiceIndexInputsDto.From(estimate, workingDays),
            await DossierScopeParser.ScopeChangedTextAsync(units, scope, period, cancellationToken));
    }

    private static bool IsProvince(string kind) => Enum.TryParse<OrgUnitKind>(kind, ignoreCase: true, out var k) && k == OrgUnitKind.Province;
}
