using System.Text.RegularExpressions;
using IocDashboard.EndToEnd.Tests.Infrastructure;
using IocDashboard.Integration.Tests.Infrastructure;
using IocDashboard.Web.Features.Accounts;
using Microsoft.Playwright;

namespace IocDashboard.EndToEnd.Tests.Admin;

/// <summary>
/// The Hangfire dashboard in real Chromium (<see cref="HangfireRig"/>): the failed run's pages show relative times
/// through moment's vi locale and the state names translated by our appended script, which also translates what
/// hangfire.js writes later.
/// </summary>
public sealed partial class HangfireDashboardInChromiumTests(HangfireRig rig) : IClassFixture<HangfireRig>
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);
    private static readonly PageWaitForFunctionOptions BrowserPatience = new() { Timeout = 60_000 };
    private static readonly string[] EnglishStates = ["Created", "Enqueued", "Scheduled", "Processing", "Succeeded", "Failed", "Deleted", "Awaiting"];
    private static readonly string[] VietnameseStates = ["Trong hàng đợi", "Đã lên lịch", "Đang chạy", "Thành công", "Thất bại", "Đã xoá", "Đang chờ"];

    [Fact]
    public async Task A_failed_run_shows_Vietnamese_relative_times_and_state_names()
    {
        var page = await rig.Visitors.SignedInPageAsync(rig.Browser, rig.App.BaseAddress, new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1920, Height = 1080 } });
        var jobId = await FreshRetriedJobAsync(page);

        // The run's state label (scheduled for a retry, or by now running it again), as our script leaves it.
        await page.GotoAsync(Url("/admin/hangfire/retries"));
        await page.WaitForFunctionAsync(
            "states => { const labels = [...document.querySelectorAll('.label')].map(l => l.textContent.trim()); return labels.length > 0 && labels.every(l => states.includes(l)); }",
            VietnameseStates, BrowserPatience);

        await page.GotoAsync(Url($"/admin/hangfire/jobs/details/{jobId}"));
        // hangfire.js writes the relative times once the page is ready.
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('[data-moment]')].some(e => e.textContent.includes('trước'))", null, BrowserPatience);
        Assert.Equal("vi", await page.EvaluateAsync<string>("() => moment.locale()"));
        var times = await page.Locator("[data-moment]").AllTextContentsAsync();
        Assert.DoesNotContain(times, time => time.Contains("ago", StringComparison.Ordinal) || time.Trim().StartsWith("in ", StringComparison.Ordinal));

        var titles = (await page.Locator(".state-card-title").AllInnerTextsAsync()).ToList();
        Assert.Contains(titles, title => title.Contains("Đã lên lịch", StringComparison.Ordinal));
        Assert.Contains(titles, title => title.Contains("Thất bại", StringComparison.Ordinal));
        Assert.Contains(titles, title => title.Contains("Đang chạy", StringComparison.Ordinal));
        Assert.Contains(titles, title => title.Contains("Đã tạo", StringComparison.Ordinal));
        Assert.DoesNotContain(titles, title => EnglishStates.Any(state => title.Contains(state, StringComparison.Ordinal)));
        Assert.Contains(await page.Locator(".state-card-text").AllTextContentsAsync(), reason => reason.StartsWith("Thử lại lần 1/3: ", StringComparison.Ordinal));

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(SeededWallRig.Artifacts, "hangfire-job-details.png"), FullPage = true });
        await page.CloseAsync();
    }

    [Fact]
    public async Task Texts_that_hangfire_js_sets_later_are_translated_when_they_appear()
    {
        var page = await rig.Visitors.SignedInPageAsync(rig.Browser, rig.App.BaseAddress);
        await page.GotoAsync(Url("/admin/hangfire/jobs/failed"));
        await page.WaitForFunctionAsync("() => window.Hangfire && Hangfire.page", null, BrowserPatience);

        // What hangfire.js does when a failed job's details are expanded, and when polling the statistics fails.
        await page.EvaluateAsync("""
            () => {
                $('<a class="expander" id="expander-under-test" href="#"></a>').appendTo('body').text('Fewer details...');
                new Hangfire.ErrorAlert('Unable to refresh the statistics:', 'the server responded with 503 (Service Unavailable). '
                    + 'Try reloading the page manually, or wait for automatic reload that will happen in a minute.').show();
            }
            """);

        await page.WaitForFunctionAsync("() => $('#expander-under-test').text() === 'Thu gọn...'", null, BrowserPatience);
        await page.WaitForFunctionAsync("() => $('#errorAlertTitle').text() === 'Không làm mới được số liệu thống kê:'", null, BrowserPatience);
        Assert.Equal(
            "máy chủ trả lời 503 (Service Unavailable). Hãy tải lại trang, hoặc chờ trang tự tải lại sau một phút.",
            await page.EvaluateAsync<string>("() => $('#errorAlertMessage').text()"));
        await page.CloseAsync();
    }

    /// <summary>
    /// A run started now from the job console, as an operator would, once the retries page lists it: its first attempt
    /// fails at once and it stays among the retries for its three delays (10, 30 and 90 s), long enough for the test to
    /// look at it even on a busy machine (a run started with the app could have spent its retries by then).
    /// </summary>
    private async Task<string> FreshRetriedJobAsync(IPage page)
    {
        using var http = await rig.Visitors.ApiAsync(rig.App.BaseAddress, Roles.Admin);
        await page.GotoAsync(Url("/admin/jobs"));
        await page.ClickAsync("form.actions:has(input[value='" + HangfireRig.SourceId + "']) button:text-is('Chạy ngay')");

        string? jobId = null;
        await SchedulerSettings.WaitUntilAsync(async () =>
        {
            var html = await http.GetStringAsync(new Uri("/admin/hangfire/retries", UriKind.Relative));
            jobId = JobLink().Match(html) is { Success: true } link ? link.Groups[1].Value : null;
            return jobId is not null;
        }, Patience, () => "the run started from the console on the retries page");
        return jobId!;
    }

    private string Url(string path) => new Uri(rig.App.BaseAddress, path).ToString();

    [GeneratedRegex("href=\"/admin/hangfire/jobs/details/([0-9]+)\"")]
    private static partial Regex JobLink();
}
