using IocDashboard.Web.Features.Admin;
using IocDashboard.Web.Features.Admin.Jobs;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IocDashboard.Web.Pages.Admin.Jobs;

/// <summary>
/// "Chạy ngay", "Tạm dừng", "Tiếp tục": POST handlers of the job console. Each acts, leaves a notice, and redirects
/// back (POST-redirect-GET), so a refresh never repeats the action.
/// </summary>
public abstract class JobActionsPageModel(JobControl control) : PageModel
{
    [TempData]
    public string? Notice { get; set; }

    /// <param name="id">The source's id (its recurring job's id).</param>
    public Task<IActionResult> OnPostRunAsync(string id, CancellationToken ct) =>
        ActAsync(id, control.RunNowAsync, "Đã yêu cầu chạy ngay", ct);

    public Task<IActionResult> OnPostPauseAsync(string id, CancellationToken ct) =>
        ActAsync(id, control.PauseAsync, "Đã tạm dừng", ct);

    public Task<IActionResult> OnPostResumeAsync(string id, CancellationToken ct) =>
        ActAsync(id, control.ResumeAsync, "Đã cho chạy tiếp", ct);

    /// <param name="id">The source's id.</param>
    /// <param name="apiKey">The new key: 8 to 256 characters without spaces; never shown again, never logged.</param>
    public async Task<IActionResult> OnPostApiKeyAsync(string id, string? apiKey, CancellationToken ct)
    {
        var key = apiKey?.Trim() ?? "";
        if (key.Length is < 8 or > 256 || key.Any(char.IsWhiteSpace))
        {
            Notice = "Khoá API phải dài từ 8 đến 256 ký tự và không có khoảng trắng; chưa đổi gì.";
            return RedirectToPage();
        }

        return await ActAsync(id, (source, by, token) => control.SetApiKeyAsync(source, key, by, token), "Đã lưu khoá API mới (đã mã hoá)", ct);
    }

    private async Task<IActionResult> ActAsync(string id, Func<string, string, CancellationToken, Task<bool>> act, string done, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(id) || !await act(id, AdminConsole.Operator(HttpContext), ct))
        {
            return NotFound();
        }

        Notice = $"{done}: {id}.";
        return RedirectToPage();
    }
}
