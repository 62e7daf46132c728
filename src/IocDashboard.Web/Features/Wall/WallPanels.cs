using System.Globalization;
using IocDashboard.Domain.Dossiers;
using IocDashboard.Domain.Formatting;
using IocDashboard.Domain.Periods;
using IocDashboard.Domain.Tasks;
using IocDashboard.Ingestion.State;
using IocDashboard.Warehouse.Model;
using IocDashboard.Warehouse.Queries;
using IocDashboard.Web.Features.Dossiers;
using IocDashboard.Web.Features.Feedback;
using IocDashboard.Web.Features.Indicators;
using IocDashboard.Web.Features.Shared;
using IocDashboard.Web.Features.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IocDashboard.Web.Features.Wall;

/// <summary>
/// Computes the wall's panels from the same queries as the API, so a number on the wall is the API's number.
/// The wall reports as of Wall:AsOf, or else the latest day that has dossiers.
/// </summary>
public sealed class WallPanels(IServiceScopeFactory scopes, IOptions<WallOptions> options, TimeProvider clock)
{
    public static readonly IReadOnlyList<string> All = ["tasks", "indicators", "dossiers", "feedback", "sources"];

    public async Task<Dictionary<string, object>> ComputeAsync(IEnumerable<string> panels, CancellationToken ct)
    {
        DateOnly asOf;
        using (var scope = scopes.CreateScope())
        {
            asOf = options.Value.AsOf ?? await scope.ServiceProvider.GetRequiredService<DossierQueries>().LatestDayAsync(ct) ?? clock.Today();
        }

        // The panels side by side, each in its own scope (a DbContext serves one query at a time): a change that
        // touches two panels costs the slower one.
        var names = panels.Distinct().ToList();
        var computed = await Task.WhenAll(names.Select(panel => ComputeAsync(panel, asOf, ct)));
        return names.Zip(computed).ToDictionary(p => p.First, p => p.Second);
    }

    private async Task<object> ComputeAsync(string panel, DateOnly asOf, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var services = scope.ServiceProvider;
        return panel switch
        {
            "tasks" => await TasksAsync(services, asOf, ct),
            "indicators" => await IndicatorApi.OnDateAsync(services.GetRequiredService<IndicatorQueries>(), asOf, ct),
            "dossiers" => await DossiersAsync(services, asOf, ct),
            "feedback" => await FeedbackApi.SummaryAsync(services.GetRequiredService<FeedbackQueries>(), YearToDate(asOf), ct),
            "sources" => await services.GetRequiredService<IngestionStateReader>().FreshnessAsync(ct),
            _ => throw new ArgumentOutOfRangeException(nameof(panel), panel, "unknown panel"),
        };
    }

    private static ReportingPeriod YearToDate(DateOnly asOf) => new(new DateOnly(asOf.Year, 1, 1), asOf);

    private static async Task<object> TasksAsync(IServiceProvider services, DateOnly asOf, CancellationToken ct)
    {
        var queries = services.GetRequiredService<TaskQueries>();
        var onDate = await queries.OnDateAsync(asOf, ct);
        var summary = TaskApi.Summarize(asOf, onDate, await queries.AreasAsync(ct));
        var overdue = onDate
            .Where(t => t.Status == ReformTaskStatus.InProgressOverdue)
            .OrderByDescending(t => t.DaysOverdue)
            .Select(t => new { t.Code, t.Title, t.LeadAgencyName, t.DaysOverdue })
            .ToList();
        return new
        {
            summary.AsOf, summary.Total, summary.InProgressOnTime, summary.InProgressOverdue, summary.CompletedOnTime,
            summary.CompletedLate, summary.CompletedAwaitingConfirmation, summary.ByArea, Overdue = overdue,
        };
    }

    private static async Task<object> DossiersAsync(IServiceProvider services, DateOnly asOf, CancellationToken ct)
    {
        var dossiers = services.GetRequiredService<DossierQueries>();
        var todayTask = dossiers.DayAsync(asOf, ct); // its own pooled connection, side by side with the rest
        var units = await services.GetRequiredService<WarehouseDbContext>().OrgUnits.ToListAsync(ct);
        var province = units.Single(u => u.Kind == "province");
        var scope = new DossierScope(province.Id, false, DossierScope.AllLevels);
        var period = YearToDate(asOf);

        // One pass over the last 12 months by month and ranked unit. Every measure is
        // additive and the year to date is whole months of that window (it starts on 1 January of asOf's
        // year), so the headline, the rankings and the trend are sums of its rows: the API's numbers, one query.
        var trendPeriod = new ReportingPeriod(new DateOnly(asOf.Year, asOf.Month, 1).AddMonths(-11), asOf);
        var rows = await dossiers.ByMonthAndRankedUnitAsync(trendPeriod, scope, ct);
        var yearToDate = rows.Where(r => r.Month >= period.From).ToList();
        var summary = DossierMeasures.Sum(yearToDate.Select(r => r.Measures));
        var ranked = yearToDate.GroupBy(r => r.UnitId).ToDictionary(g => g.Key, g => DossierMeasures.Sum(g.Select(r => r.Measures)));
        object Ranking(string kind) => units
            .Where(u => u.Kind == kind && ranked.ContainsKey(u.Id))
            .Select(u => (Unit: u, Measures: ranked[u.Id]))
            .OrderByDescending(x => x.Measures.OnTimeRate)
            .Select(x => new
            {
                x.Unit.Code, x.Unit.Name, x.Measures.Received,
                OnTimeRate = VietnameseFormat.Fraction(x.Measures.OnTimeRate),
                OnTimeRateText = VietnameseFormat.Percent(x.Measures.OnTimeRate),
            })
            .ToList();

        // Each of the last 12 months' intake, as it stands on the wall's date.
        var trend = rows.GroupBy(r => r.Month).Select(g => (Month: g.Key, Measures: DossierMeasures.Sum(g.Select(r => r.Measures)))).Select(m => new
        {
            Month = m.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), m.Measures.Received,
            OnTimeRate = VietnameseFormat.Fraction(m.Measures.OnTimeRate), OnTimeRateText = VietnameseFormat.Percent(m.Measures.OnTimeRate),
        }).ToList();

        return new
        {
            period.From, period.To,
            Summary = DossierMeasuresDto.Fill(new DossierMeasuresDto(), summary),
            Districts = Ranking("district"),
            Agencies = Ranking("agency"),
            Trend = trend,
            Today = await todayTask,
        };
    }
}
