using IocDashboard.Domain.Formatting;
using IocDashboard.Domain.Indicators;
using IocDashboard.Domain.Periods;
using IocDashboard.Warehouse.Queries;
using IocDashboard.Web.Features.Dossiers;

namespace IocDashboard.Web.Features.Meeting;

/// <summary>
/// Who is behind on a day (/api/accountability's answer), shared by the endpoint and the meeting's printed view: the
/// overdue reform tasks by lead agency, the indicators of the year's plan not achieved with their owner agency, the
/// units with dossiers pending past their deadline at the end of the day.
/// </summary>
internal sealed class AccountabilityReader(TaskQueries tasks, IndicatorQueries indicators, OrgUnitQueries units, WorkloadQueries workload)
{
    public async Task<AccountabilityResponse> ReadAsync(DateOnly day, CancellationToken cancellationToken)
    {
        // The dossiers pending at the end of the day are those the workload of that one day ends with: the open
        // dossiers' read (core.dossiers_open_at), on pooled connections, while the DbContext's reads go one by one.
        var province = (await units.FindAsync(DossierScopeParser.ProvinceCode, cancellationToken))!;
        var unitsTask = workload.ByUnitAsync(new ReportingPeriod(day, day), new DossierScope(province.Id, SelfOnly: false, DossierScope.AllLevels), cancellationToken);
        var onDate = await tasks.OnDateAsync(day, cancellationToken);
        var indicatorsOnDate = await indicators.OnDateAsync(day, cancellationToken);
        var owners = await indicators.OwnersAsync(cancellationToken);

        var overdueTasks = OverdueTasks.ByLeadAgency(onDate)
            .Select(g => new AgencyOverdueTasks(g.AgencyCode, g.AgencyName, g.Tasks.Count,
                g.Tasks.Select(t => new OverdueTaskItem(t.Code, t.Title, t.Deadline, t.DaysOverdue)).ToList()))
            .ToList();
        var notAchieved = indicatorsOnDate
            .Where(i => IndicatorStandingRule.Of(i.Target, i.Actual, i.Achieved) == IndicatorStanding.NotAchieved)
            .Select(i =>
            {
                var owner = owners.GetValueOrDefault(i.Code);
                var gap = IndicatorStandingRule.Gap(i.Actual, i.Target);
                return new IndicatorNotAchievedItem(
                    i.Code, i.Name, i.Unit, i.Direction == IndicatorDirection.LowerIsBetter ? "lower" : "higher", owner?.Code, owner?.Name,
                    i.Target, IndicatorSummary.Text(i.Target, i.Unit), i.Actual, IndicatorSummary.Text(i.Actual, i.Unit),
                    i.ActualPeriod?.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
                    gap, gap is { } g ? ChangeFormat.Sign((double)g, 2) + IndicatorSummary.Text(Math.Abs(g), i.Unit) : ChangeFormat.None);
            })
            .ToList();
        var overdueUnits = (await unitsTask)
            .Where(r => r.Measures.Overdue > 0)
            .OrderByDescending(r => r.Measures.Overdue).ThenBy(r => r.Code, StringComparer.Ordinal)
            .Select(r => new UnitOverdueDossiers(r.Code, r.Name, r.Kind ?? "", r.Measures.Overdue, VietnameseFormat.Count(r.Measures.Overdue)))
            .ToList();
        return new AccountabilityResponse(day, day.Year, overdueTasks, notAchieved, overdueUnits);
    }
}
