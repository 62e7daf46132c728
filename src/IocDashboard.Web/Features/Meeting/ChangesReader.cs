using System.Globalization;
using IocDashboard.Domain.Formatting;
using IocDashboard.Domain.Indicators;
using IocDashboard.Domain.Periods;
using IocDashboard.Domain.Tasks;
using IocDashboard.Warehouse.Queries;
using IocDashboard.Web.Features.Dossiers;

namespace IocDashboard.Web.Features.Meeting;

/// <summary>
/// What changed over a checked period (/api/changes' answer), shared by the endpoint and the meeting's printed view:
/// reform tasks newly overdue and completed, indicators whose standing changed, units whose workload on-time rate fell
/// below the threshold, and the petitions received. Tasks, indicators and units are read at the period's first and
/// last day and compared here.
/// </summary>
internal sealed class ChangesReader(
    TaskQueries tasks, IndicatorQueries indicators, OrgUnitQueries units, WorkloadQueries workload, FeedbackQueries feedback)
{
    /// <summary>The changes over <paramref name="period"/>, with units below <paramref name="thresholdPercent"/> (0–100).</summary>
    public async Task<ChangesResponse> ReadAsync(ReportingPeriod period, double thresholdPercent, CancellationToken cancellationToken)
    {
        var before = ComparedPeriods.JustBefore(period);
        var province = (await units.FindAsync(DossierScopeParser.ProvinceCode, cancellationToken))!;
        var scope = new DossierScope(province.Id, SelfOnly: false, DossierScope.AllLevels);

        // The dossier and petition reads take pooled connections of their own and run while the reads through the
        // request's DbContext (tasks, indicators, units) go one after the other.
        var nowTask = workload.FlowsByUnitAsync(period, scope, cancellationToken);
        var beforeTask = workload.FlowsByUnitAsync(before, scope, cancellationToken);
        var petitionsTask = feedback.ReceivedAsync(period, cancellationToken);
        var tasksAtSince = await tasks.OnDateAsync(period.From, cancellationToken);
        var tasksAtUntil = await tasks.OnDateAsync(period.To, cancellationToken);
        var indicatorsAtSince = await indicators.OnDateAsync(period.From, cancellationToken);
        var indicatorsAtUntil = await indicators.OnDateAsync(period.To, cancellationToken);
        var validUnits = (await units.AllAsync(cancellationToken)).Where(u => u.IsValidOn(period.To)).Select(u => u.Code).ToHashSet(StringComparer.Ordinal);

        var statusAtSince = tasksAtSince.ToDictionary(x => x.Code, x => x.Status, StringComparer.Ordinal);
        var newlyOverdue = tasksAtUntil
            .Where(x => statusAtSince.TryGetValue(x.Code, out var s) && ReformTaskChange.BecameOverdue(s, x.Status))
            .OrderByDescending(x => x.DaysOverdue).ThenBy(x => x.Code, StringComparer.Ordinal)
            .Select(x => new TaskNewlyOverdueItem(x.Code, x.Title, x.LeadAgencyCode, x.LeadAgencyName, x.Deadline, x.DaysOverdue))
            .ToList();
        var completed = tasksAtUntil
            .Where(x => statusAtSince.TryGetValue(x.Code, out var s) && ReformTaskChange.WasCompleted(s, x.Status))
            .OrderBy(x => x.CompletionReportedOn).ThenBy(x => x.Code, StringComparer.Ordinal)
            .Select(x => new TaskCompletedItem(x.Code, x.Title, x.LeadAgencyCode, x.LeadAgencyName, x.Deadline, x.CompletionReportedOn,
                ReformTaskStatusRule.ApiName(x.Status), ReformTaskStatusRule.Label(x.Status)))
            .ToList();

        var below = UnitsBelow(await nowTask, await beforeTask, validUnits, thresholdPercent / 100);
        return new ChangesResponse(
            period.From, period.To, thresholdPercent, VietnameseFormat.Percent(thresholdPercent / 100), before.From, before.To,
            newlyOverdue, completed, IndicatorsChanged(indicatorsAtSince, indicatorsAtUntil), below, await petitionsTask);
    }

    private static List<IndicatorChangedItem> IndicatorsChanged(IReadOnlyList<IndicatorOnDate> atSince, IReadOnlyList<IndicatorOnDate> atUntil)
    {
        static IndicatorStanding Standing(IndicatorOnDate i) => IndicatorStandingRule.Of(i.Target, i.Actual, i.Achieved);
        var before = atSince.ToDictionary(i => i.Code, Standing, StringComparer.Ordinal);
        return atUntil
            .Where(i => before.TryGetValue(i.Code, out var s) && s != Standing(i))
            .Select(i => new IndicatorChangedItem(
                i.Code, i.Name,
                IndicatorStandingRule.ApiName(before[i.Code]), IndicatorStandingRule.Label(before[i.Code]),
                IndicatorStandingRule.ApiName(Standing(i)), IndicatorStandingRule.Label(Standing(i)),
                i.Actual, IndicatorSummary.Text(i.Actual, i.Unit), i.ActualPeriod?.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                i.Target, IndicatorSummary.Text(i.Target, i.Unit)))
            .ToList();
    }

    /// <summary>
    /// The units valid at the period's end whose shown on-time rate (over enough resolved dossiers, <see cref="ShownRate"/>)
    /// is below the threshold now and was at or above it over the period before; lowest first.
    /// </summary>
    private static List<UnitBelowThresholdItem> UnitsBelow(
        IReadOnlyList<WorkloadFlowRow> now, IReadOnlyList<WorkloadFlowRow> before, HashSet<string> validUnits, double threshold)
    {
        var previous = before.ToDictionary(r => r.Code, r => r.Flows, StringComparer.Ordinal);
        return now
            .Where(r => validUnits.Contains(r.Code))
            .Select(r => (Row: r, Now: r.Flows.ShownOnTimeRate, Before: previous.GetValueOrDefault(r.Code)))
            .Where(x => x.Now < threshold && x.Before?.ShownOnTimeRate >= threshold)
            .OrderBy(x => x.Now).ThenBy(x => x.Row.Code, StringComparer.Ordinal)
            .Select(x => new UnitBelowThresholdItem(
                x.Row.Code, x.Row.Name, x.Row.Kind ?? "", VietnameseFormat.Fraction(x.Now)!.Value, VietnameseFormat.Percent(x.Now), x.Row.Flows.Resolved,
                VietnameseFormat.Fraction(x.Before!.ShownOnTimeRate)!.Value, VietnameseFormat.Percent(x.Before.ShownOnTimeRate), x.Before.Resolved))
            .ToList();
    }
}
