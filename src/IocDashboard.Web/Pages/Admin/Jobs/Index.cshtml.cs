using IocDashboard.Ingestion.State;
using IocDashboard.Web.Features.Admin.Jobs;

namespace IocDashboard.Web.Pages.Admin.Jobs;

/// <summary>/admin/jobs: every recurring job with its schedule, next and last run, outcome and progress; source freshness.</summary>
public sealed class IndexModel(
    JobConsole console, JobControl control, IngestionStateReader ingestionState)
    : JobActionsPageModel(control)
{
    public JobBoard Board { get; private set; } = new(false, null, null, []);

    public IReadOnlyList<SourceFreshness> Freshness { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Board = await console.BoardAsync(ct);
        Freshness = await ingestionState.FreshnessAsync(ct);
    }
}
