using IocDashboard.Ingestion.Sync;
using IocDashboard.Web.Features.Admin;
using IocDashboard.Web.Features.Admin.Jobs;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Quartz;

namespace IocDashboard.Web.Pages.Admin.Jobs;

/// <summary>
/// "Chạy ngay", "Tạm dừng", "Tiếp tục": POST handlers shared by the job list and a job's page. Each acts, leaves a
/// notice, and redirects back (POST-redirect-GET), so a refresh never repeats the action.
/// </summary>
public abstract class JobActionsPageModel(JobControl control) : PageModel
{
    [TempData]
    public string? Notice { get; set; }

    /// <param name="id">The job's name (a source id for sync jobs).</param>
    /// <param name="group">The job's group; sync jobs' when the form does not say.</param>
    public Task<IActionResult> OnPostRunAsync(string id, string? group, CancellationToken ct) =>
        ActAsync(id, group, control.RunNowAsync, "Đã yêu cầu chạy ngay", ct);

    public Task<IActionResult> OnPostPauseAsync(string id, string? group, CancellationToken ct) =>
        ActAsync(id, group, control.PauseAsync, "Đã tạm dừng", ct);

    public Task<IActionResult> OnPostResumeAsync(string id, string? group, CancellationToken ct) =>
        ActAsync(id, group, control.ResumeAsync, "Đã cho chạy tiếp", ct);

    private async Task<IActionResult> ActAsync(
        string id, string? group, Func<JobKey, string, CancellationToken, Task<bool>> act, string done, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return NotFound();
        }

        var job = new JobKey(id, string.IsNullOrWhiteSpace(group) ? SourceSyncJob.Group : group);
        if (!await act(job, AdminConsole.Operator(HttpContext), ct))
        {
            return NotFound();
        }

        Notice = $"{done}: {id}.";
        return RedirectToPage();
    }
}
