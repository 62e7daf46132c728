using IocDashboard.Domain.Dossiers;
using IocDashboard.Domain.OrgUnits;
using IocDashboard.Warehouse.Queries;
using IocDashboard.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IocDashboard.Web.Features.Dossiers;

/// <summary>
/// GET /api/dossiers/workload: the work of a period (received and carried over, resolved before, on or after the
/// deadline, pending), in total and, with <c>by</c>, per procedure field or per ranked unit — the rows and the total
/// of the report form Biểu II.06a.
/// </summary>
internal static class WorkloadApi
{
    private static readonly string[] Breakdowns = ["field", "unit"];

    public static async Task<Results<Ok<WorkloadResponse>, ValidationProblem>> GetWorkload(
        string? from, string? to, string? unit, string? scope, string? level, string? by, string? compare,
        OrgUnitQueries units, WorkloadQueries workload, CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        var period = errors.Period(from, to);
        var breakdown = string.IsNullOrWhiteSpace(by) ? null : by.Trim().ToLowerInvariant();
        if (breakdown is not null && !Breakdowns.Contains(breakdown))
        {
            errors.Add("by", $"'{by}' is not a breakdown; use 'field' (per procedure field) or 'unit' (per unit), or leave it out for the total only.");
        }

        var comparisons = WorkloadComparisons.Parse(errors, compare);
        var (dossierScope, orgUnit) = await DossierScopeParser.ParseAsync(errors, units, unit, scope, level, cancellationToken);
        if (errors.Any || period is null || dossierScope is null || orgUnit is null)
        {
            return errors.ToProblem();
        }

        // The compared periods' totals start on pooled connections of their own, side by side with the period's read.
        var comparedTask = WorkloadComparisons.ReadAsync(comparisons, period, dossierScope, workload, cancellationToken);

        // Every dossier with something to count falls in exactly one row (a breakdown lists every field and unit
        // that has counts), so the rows sum to the total and one read serves both.
        var rows = breakdown switch
        {
            "field" => await workload.ByFieldAsync(period, dossierScope, cancellationToken),
            "unit" => await workload.ByUnitAsync(period, dossierScope, cancellationToken),
            _ => null,
        };
        var total = rows is null
            ? await workload.TotalAsync(period, dossierScope, cancellationToken)
            : WorkloadMeasures.Sum(rows.Select(r => r.Measures));
        // Whether the units counted changed: over the period, and over each compared period's start to the period's end
        // (the rule of the printed report's comparison), from one read of the units.
        var compared = await comparedTask;
        var changes = await units.ScopeChangesAsync(
            dossierScope, [period, .. compared.Select(c => new Domain.Periods.ReportingPeriod(c.Days.From, period.To))], cancellationToken);
        return TypedResults.Ok(new WorkloadResponse(
            orgUnit.Code,
            orgUnit.Name,
            DossierScopeParser.Name(dossierScope),
            dossierScope.Levels.Select(DossierCodes.Name).ToList(),
            period.From,
            period.To,
            breakdown,
            rows?.Select(WorkloadRowDto.From).ToList(),
            WorkloadMeasuresDto.From(total),
            DossierScopeParser.ApproximateText(dossierScope),
            changes[0] is { } day ? ScopeChange.Text(day) : null,
            WorkloadComparisons.Describe(compared, changes.Skip(1).ToList(), total)));
    }
}
