using IocDashboard.Domain.Periods;
using IocDashboard.Web.Features.Dossiers;
using IocDashboard.Web.Features.ServiceIndex;
using Microsoft.Extensions.Options;

namespace IocDashboard.Web.Features.Meeting.Print;

/// <summary>
/// Everything the printed meeting view shows, as the meeting page's APIs answer it for the same state: the workload
/// of the unit and period with the previous period and the same period a year before, and its breakdown; the service
/// index of the unit and period; what changed since the last meeting (to today); who is behind at the period's end.
/// </summary>
internal sealed record MeetingPrint(
    MeetingPrintRequest Request,
    DateTimeOffset ReadAt,
    WorkloadResponse Workload,
    ServiceIndexResponse ServiceIndex,
    ChangesResponse Changes,
    AccountabilityResponse Accountability,
    Domain.Dossiers.OnTimeThresholds Bands);

/// <summary>
/// Reads a <see cref="MeetingPrint"/> through the readers the JSON endpoints use, so the print shows the page's
/// figures. The reads go one after the other: the readers share the request's DbContext, which takes one query at a
/// time (each reader still overlaps its own pooled-connection reads).
/// </summary>
internal sealed class MeetingPrintSource(
    WorkloadReader workload, ServiceIndexReader serviceIndex, ChangesReader changes, AccountabilityReader accountability,
    IOptions<MeetingOptions> options, IOptions<Wall.WallOptions> wall, TimeProvider clock)
{
    private static readonly IReadOnlyList<ComparisonKind> Comparisons = [ComparisonKind.Previous, ComparisonKind.LastYear];

    public async Task<MeetingPrint> ReadAsync(MeetingPrintRequest request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = ReportingPeriod.LocalDay(now);
        var days = request.Period.Days;
        var breakdown = request.View == MeetingView.Fields ? WorkloadBreakdown.Field : WorkloadBreakdown.Unit;
        var figures = await workload.ReadAsync(days, request.Scope, request.Unit, breakdown, Comparisons, cancellationToken);
        var index = await serviceIndex.ReadAsync(days, request.Scope, request.Unit, cancellationToken);
        // "Since the last meeting" is the page's: from the meeting day before today to today, at the wall's green band.
        var since = new ReportingPeriod(MeetingSchedule.LastMeetingBefore(today, options.Value.Day), today);
        var changed = await changes.ReadAsync(since, OnTimeThresholdPercent, cancellationToken);
        var behind = await accountability.ReadAsync(days.To, cancellationToken);
        return new MeetingPrint(request, now, figures, index, changed, behind, MeetingBands.Of(wall.Value));
    }

    private static double OnTimeThresholdPercent => Domain.Dossiers.OnTimeThresholds.Default.Green * 100;
}
