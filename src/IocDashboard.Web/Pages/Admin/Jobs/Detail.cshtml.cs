using IocDashboard.Web.Features.Admin.Jobs;
using Microsoft.AspNetCore.Mvc;
using Quartz;

namespace IocDashboard.Web.Pages.Admin.Jobs;

/// <summary>/admin/jobs/{group}/{id}: one job and its last runs, with counts, duration and error text.</summary>
public sealed class DetailModel(JobConsole console, JobControl control) : JobActionsPageModel(control)
{
    public JobRow Job { get; private set; } = null!;

    public IReadOnlyList<RunRow> Runs { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string group, string id, CancellationToken ct)
    {
        var key = new JobKey(id, group);
        var board = await console.BoardAsync(ct);
        if (board.Jobs.FirstOrDefault(j => j.Key.Equals(key)) is not { } job || await console.SchedulerAsync(ct) is not { } scheduler)
        {
            return NotFound();
        }

        Job = job;
        Runs = await console.HistoryAsync(scheduler, key, ct);
        return Page();
    }
}
