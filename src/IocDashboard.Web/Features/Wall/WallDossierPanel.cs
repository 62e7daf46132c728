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
/// 2025 reorganisation, the communes and wards after it, and the provincial agencies) and the 12-month trend.
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

        // Independent reads side by side, each on its own pooled connection. The rows by unit sum to the province's
        // total, so the last 30 days cost one read.
        var workload = services.GetRequiredService<WorkloadQueries>();
        var yearTask = workload.TotalAsync(yearToDate, scope, ct);
        var byUnitTask = workload.ByUnitAsync(recent, scope, ct);
        var todayTask = services.GetRequiredService<DossierQueries>().DayAsync(day, ct);
        var trendTask = services.GetRequiredService<DossierBreakdownQueries>().ByMonthAndRankedUnitAsync(trendPeriod, scope, ct);
        await Task.WhenAll(yearTask, byUnitTask, todayTask, trendTask);

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
            Recent = Figures(recent, WorkloadMeasures.Sum(byUnit.Select(r => r.Measures))),
            YearToDate = Figures(yearToDate, await yearTask),
            Today = await todayTask,
            Local = new { Kind = localKind, recent.From, recent.To, Units = Ranked(rows.Where(r => r.Kind == localKind)) },
            Agencies = new { recent.From, recent.To, Units = Ranked(rows.Where(r => r.Kind == "agency")) },
            Trend = new
            {
                trendPeriod.From, trendPeriod.To,
                ScopeChangedMonth = scopeChange?.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                ScopeChangedText = scopeChange is { } changed ? ScopeChange.Text(changed) : null,
                Months = TwelveMonths(trendPeriod, (await trendTask).ByMonth()),
            },
        };
    }

    /// <summary>Every month of the trend, a month without receipts (the first minutes of one) with zero and no rate.</summary>
    private static List<object> TwelveMonths(ReportingPeriod period, IReadOnlyList<MonthMeasures> months)
    {
        var byMonth = months.ToDictionary(m => m.Month);
        var first = new DateOnly(period.From.Year, period.From.Month, 1);
        return Enumerable.Range(0, 12).Select(i => first.AddMonths(i)).Select(month =>
        {
            var m = byMonth.TryGetValue(month, out var found) ? found.Measures : null;
            return (object)new
            {
                Month = month.ToString("yyyy-MM", CultureInfo.InvariantCulture), Received = m?.Received ?? 0,
                OnTimeRate = VietnameseFormat.Fraction(m?.OnTimeRate), OnTimeRateText = VietnameseFormat.Percent(m?.OnTimeRate),
            };
        }).ToList();
    }

    /// <summary>A period's workload, its on-time rate only when enough was resolved (else null: the wall shows the count).</summary>
    private static object Figures(ReportingPeriod period, WorkloadMeasures m) => new
    {
        period.From, period.To, m.Received, m.ReceivedOnline, m.ReceivedDirectOrPostal, m.Resolved, m.Late, m.Pending, m.Overdue,
        OnTimeRate = VietnameseFormat.Fraction(m.ShownOnTimeRate),
        OnTimeRateText = m.ShownOnTimeRate is null ? null : VietnameseFormat.Percent(m.ShownOnTimeRate),
        OnlineRate = VietnameseFormat.Fraction(m.OnlineRate),
        OnlineRateText = VietnameseFormat.Percent(m.OnlineRate),
    };

    /// <summary>Worst first, so the units that need attention lead; units with too few resolved dossiers for a rate last.</summary>
    private static List<object> Ranked(IEnumerable<WorkloadRow> rows) => rows
        .OrderBy(r => r.Measures.ShownOnTimeRate is null)
        .ThenBy(r => r.Measures.ShownOnTimeRate)
        .ThenBy(r => r.Code, StringComparer.Ordinal)
        .Select(r => (object)new
        {
            r.Code, r.Name, r.Measures.Resolved,
            OnTimeRate = VietnameseFormat.Fraction(r.Measures.ShownOnTimeRate),
            OnTimeRateText = r.Measures.ShownOnTimeRate is null ? null : VietnameseFormat.Percent(r.Measures.ShownOnTimeRate),
        })
        .ToList();
}
