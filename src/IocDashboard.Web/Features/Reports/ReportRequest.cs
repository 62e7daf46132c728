using System.Text.RegularExpressions;
using IocDashboard.Domain.Periods;
using IocDashboard.Warehouse.Model;
using IocDashboard.Warehouse.Queries;
using IocDashboard.Web.Features.Dossiers;
using IocDashboard.Web.Features.Shared;

namespace IocDashboard.Web.Features.Reports;

/// <summary>A periodic report's request, checked: a reporting period that is over, a cut-off, a unit that existed in it.</summary>
internal sealed partial record ReportRequest(ReportTerm Term, CutOff CutOff, OrgUnit Unit)
{
    public ReportingPeriod Days => Term.Days(CutOff);

    /// <summary>An ASCII file name: bao-cao-2026-Q3-TNH.xlsx, with "-calendar" for calendar months.</summary>
    public string FileName(string extension) =>
        $"bao-cao-{Term.Key}-{UnsafeInFileName().Replace(Unit.Code, "-")}{(CutOff == CutOff.Calendar ? "-calendar" : "")}.{extension}";

    /// <summary>
    /// Reads the route's period and the query's unit (the province by default) and cutoff (official by default); every
    /// problem goes into <paramref name="errors"/> under the parameter's name, and the request is null then.
    /// </summary>
    public static async Task<ReportRequest?> ParseAsync(
        QueryErrors errors, OrgUnitQueries units, TimeProvider clock, string period, string? unit, string? cutoff, CancellationToken cancellationToken)
    {
        if (!ReportTerm.TryParse(period, out var term, out var error))
        {
            errors.Add("period", error!);
        }

        CutOff? cutOff = string.IsNullOrWhiteSpace(cutoff) ? CutOff.Official : cutoff.Trim().ToLowerInvariant() switch
        {
            "official" => CutOff.Official,
            "calendar" => CutOff.Calendar,
            _ => null,
        };
        if (cutOff is null)
        {
            errors.Add("cutoff", $"'{cutoff}' is not a cut-off; use 'official' (from the 15th of the month before to the 14th of the last month, the default) or 'calendar' (whole calendar months).");
        }

        var code = string.IsNullOrWhiteSpace(unit) ? DossierScopeParser.ProvinceCode : unit.Trim();
        var found = await units.FindAsync(code, cancellationToken);
        if (found is null)
        {
            errors.Add("unit", $"Unknown org unit '{code}'.");
        }

        if (term is null || cutOff is not { } c || found is null)
        {
            return null;
        }

        var days = term.Days(c);
        if (days.End > clock.GetUtcNow())
        {
            errors.Add("period", $"{term.Label(c)} is not over yet: its report can be made from {days.To.AddDays(1):yyyy-MM-dd}.");
        }

        if (!found.ExistedDuring(days.From, days.To))
        {
            var validTo = found.ValidTo is { } end ? $" until {end.AddDays(-1):yyyy-MM-dd}" : "";
            errors.Add("unit", $"'{found.Code}' ({found.Name}) did not exist during {term.Label(c)}: it existed from {found.ValidFrom:yyyy-MM-dd}{validTo}.");
        }

        return errors.Any ? null : new ReportRequest(term, c, found);
    }

    [GeneratedRegex("[^A-Za-z0-9._-]+")]
    private static partial Regex UnsafeInFileName();
}
