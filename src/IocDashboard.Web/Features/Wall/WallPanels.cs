using System.Globalization;
using IocDashboard.Domain.OrgUnits;
using IocDashboard.Domain.Formatting;
using IocDashboard.Domain.Periods;
using IocDashboard.Domain.Tasks;
using IocDashboard.Ingestion.State;
using IocDashboard.Warehouse.Model;
using IocDashboard.Warehouse.Queries;
using IocDashboard.Web.Features.Dossiers;
using IocDashboard.Web.Features.Feedback;
using IocDashboard.Web.Features.Shared;
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
            "indicators" => await services.GetRequiredService<IndicatorQueries>().SummaryAsync(asOf, ct),
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
        var summary = TaskSummary.Of(asOf, onDate, await queries.AreasAsync(ct));
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
        var province = await services.GetRequiredService<WarehouseDbContext>().OrgUnits.SingleAsync(u => u.Kind == "province", ct);
        var scope = new DossierScope(province.Id, false, DossierScope.AllLevels);
        var period = YearToDate(asOf);

        // One pass over the last 12 months by month and ranked unit; the year to date is whole months of that
        // window (it starts on 1 January of asOf's year), so the headline and rankings are sums of its rows.
        var breakdown = await services.GetRequiredService<DossierBreakdownQueries>()
            .ByMonthAndRankedUnitAsync(DossierBreakdown.TwelveMonthsTo(asOf), scope, ct);
        object Ranking(OrgUnitKind kind) => breakdown.Ranking(kind, period.From)
            .Select(u => new
            {
                u.Code, u.Name, u.Measures.Received,
                OnTimeRate = VietnameseFormat.Fraction(u.Measures.OnTimeRate),
                OnTimeRateText = VietnameseFormat.Percent(u.Measures.OnTimeRate),
            })
            .ToList();

        // Each of the last 12 months' intake, as it stands on the wall's date.
        var trend = breakdown.ByMonth().Select(m => new
        {
            Month = m.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), m.Measures.Received,
            OnTimeRate = VietnameseFormat.Fraction(m.Measures.OnTimeRate), OnTimeRateText = VietnameseFormat.Percent(m.Measures.OnTimeRate),
        }).ToList();

        return new
        {
            period.From, period.To,
            Summary = DossierMeasuresDto.Fill(new DossierMeasuresDto(), breakdown.Total(period.From)),
            Districts = Ranking(OrgUnitKind.District),
            Agencies = Ranking(OrgUnitKind.Agency),
            Trend = trend,
            Today = await todayTask,
        };
    }
}
