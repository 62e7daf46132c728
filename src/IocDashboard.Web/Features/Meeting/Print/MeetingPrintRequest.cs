using System.Text.RegularExpressions;
using IocDashboard.Domain.Periods;
using IocDashboard.Warehouse.Model;
using IocDashboard.Warehouse.Queries;
using IocDashboard.Web.Features.Dossiers;
using IocDashboard.Web.Features.Shared;

namespace IocDashboard.Web.Features.Meeting.Print;

/// <summary>What the meeting page's breakdown lists: the ranked units (the default) or the procedure fields.</summary>
internal enum MeetingView
{
    Units,
    Fields,
}

/// <summary>
/// The meeting page's state as its link carries it (<c>period</c>, <c>cutoff</c>, <c>unit</c>, <c>view</c>), checked:
/// the period as <see cref="MeetingPeriodQuery"/> reads it, the unit with the units under it at every procedure level
/// (the province by default), and which breakdown is shown.
/// </summary>
internal sealed partial record MeetingPrintRequest(MeetingPeriod Period, OrgUnit Unit, DossierScope Scope, MeetingView View)
{
    /// <summary>
    /// An ASCII file name: giao-ban-2026-W48-TNH.pdf; a custom period's ".." becomes "_", and "-calendar" and
    /// "-linh-vuc" mark a calendar quarter and the breakdown by field, so two different prints never share a name.
    /// </summary>
    public string FileName(string extension)
    {
        var key = Unsafe().Replace(Period.Key.Replace("..", "_", StringComparison.Ordinal), "-");
        var unit = Unsafe().Replace(Unit.Code, "-");
        var calendar = Period.Kind == MeetingPeriodKind.Quarter && Period.CutOff == CutOff.Calendar ? "-calendar" : "";
        var view = View == MeetingView.Fields ? "-linh-vuc" : "";
        return $"giao-ban-{key}-{unit}{calendar}{view}.{extension}";
    }

    /// <summary>
    /// Reads the query string; every problem goes into <paramref name="errors"/> under the parameter's name
    /// (period, cutoff, unit, view), and the request is null then.
    /// </summary>
    public static async Task<MeetingPrintRequest?> ParseAsync(
        QueryErrors errors, OrgUnitQueries units, DateOnly today, string? period, string? cutoff, string? unit, string? view,
        CancellationToken cancellationToken)
    {
        var meetingPeriod = MeetingPeriodQuery.Parse(errors, period, cutoff, null, today);
        MeetingView? shown = string.IsNullOrWhiteSpace(view) ? MeetingView.Units : view.Trim().ToLowerInvariant() switch
        {
            "units" => MeetingView.Units,
            "fields" => MeetingView.Fields,
            _ => null,
        };
        if (shown is null)
        {
            errors.Add("view", $"'{view}' is not a view; use 'units' (the units ranked by on-time rate, the default) or 'fields' (by procedure field).");
        }

        var (scope, orgUnit) = await DossierScopeParser.ParseAsync(errors, units, unit, null, null, cancellationToken);
        return errors.Any || meetingPeriod is null || shown is not { } v || scope is null || orgUnit is null
            ? null
            : new MeetingPrintRequest(meetingPeriod, orgUnit, scope, v);
    }

    [GeneratedRegex("[^A-Za-z0-9_-]+")]
    private static partial Regex Unsafe();
}
