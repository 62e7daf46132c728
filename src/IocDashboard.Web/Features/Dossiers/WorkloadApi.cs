using IocDashboard.Warehouse.Queries;
using IocDashboard.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IocDashboard.Web.Features.Dossiers;

/// <summary>
/// GET /api/dossiers/workload: the work of a period (received and carried over, resolved before, on or after the
/// deadline, pending), in total and, with <c>by</c>, per procedure field or per ranked unit — the rows and the total
/// of the report form Biểu II.06a. The reading is <see cref="WorkloadReader"/>'s; this checks the query string.
/// </summary>
internal static class WorkloadApi
{
    public static async Task<Results<Ok<WorkloadResponse>, ValidationProblem>> GetWorkload(
        string? from, string? to, string? unit, string? scope, string? level, string? by, string? compare,
        OrgUnitQueries units, WorkloadReader reader, CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        var period = errors.Period(from, to);
        WorkloadBreakdown? breakdown = string.IsNullOrWhiteSpace(by) ? null : by.Trim().ToLowerInvariant() switch
        {
            "field" => WorkloadBreakdown.Field,
            "unit" => WorkloadBreakdown.Unit,
            _ => null,
        };
        if (breakdown is null && !string.IsNullOrWhiteSpace(by))
        {
            errors.Add("by", $"'{by}' is not a breakdown; use 'field' (per procedure field) or 'unit' (per unit), or leave it out for the total only.");
        }

        var comparisons = WorkloadComparisons.Parse(errors, compare);
        var (dossierScope, orgUnit) = await DossierScopeParser.ParseAsync(errors, units, unit, scope, level, cancellationToken);
        if (errors.Any || period is null || dossierScope is null || orgUnit is null)
        {
            return errors.ToProblem();
        }

        return TypedResults.Ok(await reader.ReadAsync(period, dossierScope, orgUnit, breakdown, comparisons, cancellationToken));
    }
}
