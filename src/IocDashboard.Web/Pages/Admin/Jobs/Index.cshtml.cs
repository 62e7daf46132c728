using IocDashboard.Ingestion.State;
using IocDashboard.Web.Features.Admin.Jobs;

namespace IocDashboard.Web.Pages.Admin.Jobs;

/// <summary>
/// /admin/jobs: each source's schedule in words, next and last run, outcome or progress, pause, "Chạy ngay", and its
/// freshness against its SLA; the runs' history is in Hangfire's dashboard, linked from each row.
/// </summary>
public sealed class IndexModel(
    JobConsole console, JobControl control, IngestionStateReader ingestionState)
    : JobActionsPageModel(control)
{
    public JobBoard Board { get; private set; } = new(false, []);

    public IReadOnlyList<SourceFreshness> Freshness { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Board = await console.BoardAsync(ct);
        Freshness = await ingestionState.FreshnessAsync(ct);
    }
}
