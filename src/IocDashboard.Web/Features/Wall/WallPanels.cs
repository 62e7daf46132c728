using IocDashboard.Domain.Formatting;
using IocDashboard.Domain.Periods;
using IocDashboard.Domain.Tasks;
using IocDashboard.Ingestion.State;
using IocDashboard.Warehouse.Queries;
using IocDashboard.Web.Features.Feedback;
using IocDashboard.Web.Features.Shared;

namespace IocDashboard.Web.Features.Wall;

/// <summary>
/// Computes the wall's panels from the same queries as the API, so a number on the wall is the API's number.
/// The wall reports as of today by the app's clock (Asia/Ho_Chi_Minh), and every panel names its period.
/// </summary>
public sealed class WallPanels(IServiceScopeFactory scopes, TimeProvider clock)
{
    public static readonly IReadOnlyList<string> All = ["tasks", "indicators", "dossiers", "feedback", "sources"];

    public async Task<Dictionary<string, object>> ComputeAsync(IEnumerable<string> panels, CancellationToken ct)
    {
        var asOf = clock.Today();

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
            "dossiers" => await WallDossierPanel.ComputeAsync(services, asOf, ct),
            "feedback" => await FeedbackAsync(services.GetRequiredService<FeedbackQueries>(), asOf, ct),
            "sources" => await services.GetRequiredService<IngestionStateReader>().FreshnessAsync(ct),
            _ => throw new ArgumentOutOfRangeException(nameof(panel), panel, "unknown panel"),
        };
    }

    /// <summary>The last 30 days and the year to date; a resolution rate over fewer than 30 petitions is left out (<see cref="ShownRate"/>).</summary>
    private static async Task<object> FeedbackAsync(FeedbackQueries feedback, DateOnly asOf, CancellationToken ct)
    {
        async Task<FeedbackSummaryResponse> Of(ReportingPeriod period)
        {
            var f = await FeedbackApi.SummaryAsync(feedback, period, ct);
            var shown = ShownRate.Of(f.ResolutionRate, f.Received);
            return f with { ResolutionRate = shown, ResolutionRateText = VietnameseFormat.Percent(shown) };
        }

        return new { Recent = await Of(WallPeriods.Recent(asOf)), YearToDate = await Of(WallPeriods.YearToDate(asOf)) };
    }

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
}
