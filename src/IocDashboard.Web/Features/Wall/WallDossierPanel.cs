using System.Globalization;
using IocDashboard.Domain.Dossiers;
using IocDashboard.Domain.Formatting;
using IocDashboard.Domain.OrgUnits;
using IocDashboard.Domain.Periods;
using IocDashboard.Warehouse.Model;
using IocDashboard.Warehouse.Queries;
using Microsoft.EntityFrameworkCore;

namespace IocDashboard.Web.Features.Wall;

/// <summary>
/// The dossier page of the wall, from the API's queries: the workload on-time rate of the last 30 days with the year
/// to date beside it, today's counters, the rankings of the units valid on the day (the district level before the
/// 2025 reorganisation, the communes and wards after it, and the provincial agencies) and the 12-month trend: what
/// was received each month and the on-time rate of what was resolved in it.
/// </summary>
internal static class WallDossierPanel
{
    public static async Task<object> ComputeAsync(IServiceProvider services, DateOnly day, CancellationToken ct)
    {
        var units = await services.GetRequiredService<WarehouseDbContext>().OrgUnits.AsNoTracking().ToListAsync(ct);
        var province = units.Single(u => u.Kind == "province");
        var scope = new DossierScope(province.Id, false, DossierScope.AllLevels);
        var recent = WallPeriods.Recent(day);
        var yearToDate = WallPeriods.YearToDate(day);
        var trendPeriod = DossierBreakdown.TwelveMonthsTo(day);

        // The wall shows rates and throughput: the flows of the workload (the rollups alone, no open dossiers), in
        // independent reads side by side, each on its own pooled connection. The rows by unit sum to the province's
        // flows, so the last 30 days cost one read; the trend is each month's flows.
        var workload = services.GetRequiredService<WorkloadQueries>();
        var yearTask = workload.FlowsAsync(yearToDate, scope, ct);
        var byUnitTask = workload.FlowsByUnitAsync(recent, scope, ct);
        var todayTask = services.GetRequiredService<DossierQueries>().DayAsync(day, ct);
        var months = MonthsOf(trendPeriod);
        var monthTasks = months.Select(m => workload.FlowsAsync(m, scope, ct)).ToList();
        await Task.WhenAll([yearTask, byUnitTask, todayTask, .. monthTasks]);

        // The local level of the day: the district-level units while they existed, the communes and wards since.
        var validToday = units.Where(u => u.IsValidOn(day)).Select(u => u.Code).ToHashSet(StringComparer.Ordinal);
        var localKind = units.Any(u => u.Kind == "district" && u.IsValidOn(day)) ? "district" : "commune";
        var byUnit = await byUnitTask;
        var rows = byUnit.Where(r => validToday.Contains(r.Code)).ToList();

        var scopeChange = ScopeChange.Within(
            units.Where(u => u.Kind is "district" or "commune").Select(u => (u.ValidFrom, u.ValidTo)), trendPeriod.From, trendPeriod.To);
        return new
        {
            Day = day,
            Recent = Figures(recent, WorkloadFlows.Sum(byUnit.Select(r => r.Flows))),
            YearToDate = Figures(yearToDate, await yearTask),
            Today = await todayTask,
            Local = new { Kind = localKind, recent.From, recent.To, Units = Ranked(rows.Where(r => r.Kind == localKind)) },
            Agencies = new { recent.From, recent.To, Units = Ranked(rows.Where(r => r.Kind == "agency")) },
            Trend = new
            {
                trendPeriod.From, trendPeriod.To,
                ScopeChangedMonth = scopeChange?.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                ScopeChangedText = scopeChange is { } changed ? ScopeChange.Text(changed) : null,
                Months = months.Zip(monthTasks, (m, flows) => Month(m, flows.Result)).ToList(),
            },
        };
    }

    /// <summary>The months of the trend, each cut to the period (the last one ends on the wall's day).</summary>
    private static List<ReportingPeriod> MonthsOf(ReportingPeriod period)
    {
        var first = new DateOnly(period.From.Year, period.From.Month, 1);
        return Enumerable.Range(0, 12)
            .Select(i => first.AddMonths(i))
            .Select(m => new ReportingPeriod(m, m.AddMonths(1).AddDays(-1) < period.To ? m.AddMonths(1).AddDays(-1) : period.To))
            .ToList();
    }

    /// <summary>A month of the trend: received in it, and the on-time rate of what was resolved in it (when enough was).</summary>
    private static object Month(ReportingPeriod month, WorkloadFlows f) => new
    {
        Month = month.From.ToString("yyyy-MM", CultureInfo.InvariantCulture), f.Received,
        OnTimeRate = VietnameseFormat.Fraction(f.ShownOnTimeRate),
        OnTimeRateText = f.ShownOnTimeRate is null ? null : VietnameseFormat.Percent(f.ShownOnTimeRate),
    };

    /// <summary>A period's flows, its on-time rate only when enough was resolved (else null: the wall shows the count).</summary>
    private static object Figures(ReportingPeriod period, WorkloadFlows m) => new
    {
        period.From, period.To, m.Received, m.ReceivedOnline, m.ReceivedDirectOrPostal, m.Resolved, m.Late,
        OnTimeRate = VietnameseFormat.Fraction(m.ShownOnTimeRate),
        OnTimeRateText = m.ShownOnTimeRate is null ? null : VietnameseFormat.Percent(m.ShownOnTimeRate),
        OnlineRate = VietnameseFormat.Fraction(m.OnlineRate),
        OnlineRateText = VietnameseFormat.Percent(m.OnlineRate),
    };

    /// <summary>Worst first, so the units that need attention lead; units with too few resolved dossiers for a rate last.</summary>
    private static List<object> Ranked(IEnumerable<WorkloadFlowRow> rows) => rows
        .OrderBy(r => r.Flows.ShownOnTimeRate is null)
        .ThenBy(r => r.Flows.ShownOnTimeRate)
        .ThenBy(r => r.Code, StringComparer.Ordinal)
        .Select(r => (object)new
        {
            r.Code, r.Name, r.Flows.Resolved,
            OnTimeRate = VietnameseFormat.Fraction(r.Flows.ShownOnTimeRate),
            OnTimeRateText = r.Flows.ShownOnTimeRate is null ? null : VietnameseFormat.Percent(r.Flows.ShownOnTimeRate),
        })
        .ToList();
}
