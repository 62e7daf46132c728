using IocDashboard.Domain.Dossiers;
using IocDashboard.Domain.OrgUnits;
using IocDashboard.Domain.Periods;
using IocDashboard.Warehouse.Model;
using IocDashboard.Warehouse.Queries;

namespace IocDashboard.Web.Features.Dossiers;

/// <summary>The rows a workload is broken down into: procedure fields or ranked units.</summary>
internal enum WorkloadBreakdown
{
    Field,
    Unit,
}

/// <summary>
/// The workload of a checked request (/api/dossiers/workload's answer): the total, the rows of a breakdown and the
/// compared periods. Shared by the endpoint and the meeting's printed view, so both show the same figures.
/// </summary>
internal sealed class WorkloadReader(OrgUnitQueries units, WorkloadQueries workload)
{
    /// <summary>The value of <c>by</c> that asks for a breakdown, as the response names it.</summary>
    public static string Name(WorkloadBreakdown breakdown) => breakdown == WorkloadBreakdown.Field ? "field" : "unit";

    public async Task<WorkloadResponse> ReadAsync(
        ReportingPeriod period, DossierScope scope, OrgUnit unit, WorkloadBreakdown? breakdown, IReadOnlyList<ComparisonKind> comparisons,
        CancellationToken cancellationToken)
    {
        // The compared periods' totals start on pooled connections of their own, side by side with the period's read.
        var comparedTask = WorkloadComparisons.ReadAsync(comparisons, period, scope, workload, cancellationToken);

        // Every dossier with something to count falls in exactly one row (a breakdown lists every field and unit
        // that has counts), so the rows sum to the total and one read serves both.
        var rows = breakdown switch
        {
            WorkloadBreakdown.Field => await workload.ByFieldAsync(period, scope, cancellationToken),
            WorkloadBreakdown.Unit => await workload.ByUnitAsync(period, scope, cancellationToken),
            _ => null,
        };
        var total = rows is null
            ? await workload.TotalAsync(period, scope, cancellationToken)
            : WorkloadMeasures.Sum(rows.Select(r => r.Measures));
        // Whether the units counted changed: over the period, and over each compared period's start to the period's end
        // (the rule of the printed report's comparison), from one read of the units.
        var compared = await comparedTask;
        var changes = await units.ScopeChangesAsync(
            scope, [period, .. compared.Select(c => new ReportingPeriod(c.Days.From, period.To))], cancellationToken);
        return new WorkloadResponse(
            unit.Code,
            unit.Name,
            DossierScopeParser.Name(scope),
            scope.Levels.Select(DossierCodes.Name).ToList(),
            period.From,
            period.To,
            breakdown is { } b ? Name(b) : null,
            rows?.Select(WorkloadRowDto.From).ToList(),
            WorkloadMeasuresDto.From(total),
            DossierScopeParser.ApproximateText(scope),
            changes[0] is { } day ? ScopeChange.Text(day) : null,
            WorkloadComparisons.Describe(compared, changes.Skip(1).ToList(), total));
    }
}
