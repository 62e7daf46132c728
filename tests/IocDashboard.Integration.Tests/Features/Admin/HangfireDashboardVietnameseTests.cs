using System.Globalization;
using System.Text.RegularExpressions;
using Hangfire;
using Hangfire.Dashboard.Resources;
using Hangfire.States;
using IocDashboard.Ingestion.Scheduling;
using IocDashboard.Integration.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace IocDashboard.Integration.Tests.Features.Admin;

/// <summary>
/// What the dashboard shows beyond its translated strings, on its main pages, against a real Hangfire server: the
/// reasons of state changes and the state details are Vietnamese in the server's HTML, and the script bundle carries
/// moment's vi locale and the browser-side translations (the Chromium test sees them at work).
/// </summary>
public sealed partial class HangfireDashboardVietnameseTests
{
    private const string Never = "0 0 1 1 *";
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);
    private static readonly CultureInfo ViVn = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>English that Hangfire writes outside its strings, server-side, and that we replace.</summary>
    private static readonly string[] English =
    [
        "Triggered by", "Triggered using", "Triggered via", "An exception occurred", "Retry attempt",
        "Latency:", "Duration:", "Result:", "Server:", "Worker:", "Queue:", "Enqueue at:", "Next State",
        "Fewer details", "More details",
    ];

    private static readonly string[] MainPages =
    [
        "/admin/hangfire", "/admin/hangfire/jobs/enqueued", "/admin/hangfire/jobs/scheduled", "/admin/hangfire/jobs/processing",
        "/admin/hangfire/jobs/succeeded", "/admin/hangfire/jobs/failed", "/admin/hangfire/jobs/deleted", "/admin/hangfire/jobs/awaiting",
        "/admin/hangfire/recurring", "/admin/hangfire/servers", "/admin/hangfire/retries",
    ];

    /// <summary>A job of this test's own that succeeds with a result (the server runs it in this process).</summary>
    public static string Finish(string text) => text;

    [Fact]
    public async Task The_main_pages_give_reasons_and_state_details_in_Vietnamese_and_none_in_English()
    {
        await using var host = await AdminHost.StartAsync("ioc_hangfire_vi", schedulerCron: Never);
        using var client = await host.ClientAsync();
        var storage = host.Factory.Services.GetRequiredService<JobStorage>();

        host.Factory.Services.GetRequiredService<IRecurringJobManagerV2>().TriggerJob(AdminHost.SourceId);
        var succeeded = host.Factory.Services.GetRequiredService<IBackgroundJobClient>().Enqueue(() => Finish("xong"));
        var (failed, message) = await host.FailedRunAsync(Patience);
        await SchedulerSettings.WaitUntilAsync(
            () => Task.FromResult(storage.GetMonitoringApi().JobDetails(succeeded).History.Any(h => h.StateName == SucceededState.StateName)),
            Patience, () => "the test's own job to succeed");

        var run = await AdminHost.PageAsync(client, $"/admin/hangfire/jobs/details/{failed}");
        Assert.Contains("Đồng bộ nguồn " + AdminHost.SourceId, run, StringComparison.Ordinal);
        Assert.Contains("Chạy ngay, ngoài lịch định kỳ", run, StringComparison.Ordinal);
        Assert.Contains("Tác vụ gặp lỗi khi chạy.", run, StringComparison.Ordinal);
        // The exception message stays as it was after the colon (Hangfire cuts it at 50 characters).
        Assert.Contains("Thử lại lần 1/3: " + message[..Math.Min(message.Length, 40)], run, StringComparison.Ordinal);
        Assert.Contains("<dt>Máy chủ:</dt>", run, StringComparison.Ordinal);
        Assert.Contains("<dt>Luồng xử lý:</dt>", run, StringComparison.Ordinal);
        Assert.Contains("<dt>Vào hàng đợi lúc:</dt><dd data-moment=", run, StringComparison.Ordinal);

        var result = await AdminHost.PageAsync(client, $"/admin/hangfire/jobs/details/{succeeded}");
        Assert.Contains("<dt>Độ trễ:</dt>", result, StringComparison.Ordinal);
        Assert.Contains("<dt>Thời gian chạy:</dt>", result, StringComparison.Ordinal);
        Assert.Contains("<dt>Kết quả:</dt><dd>\"xong\"</dd>", result, StringComparison.Ordinal);

        var retries = await AdminHost.PageAsync(client, "/admin/hangfire/retries");
        Assert.Contains("Thử lại lần 1/3: ", retries, StringComparison.Ordinal);
        Assert.Contains("Đồng bộ nguồn " + AdminHost.SourceId, await AdminHost.PageAsync(client, "/admin/hangfire/recurring"), StringComparison.Ordinal);

        foreach (var url in MainPages.Append($"/admin/hangfire/jobs/details/{failed}").Append($"/admin/hangfire/jobs/details/{succeeded}"))
        {
            var html = await AdminHost.PageAsync(client, url);
            // moment takes the page's language for relative times and dates: its vi locale must be the one chosen.
            Assert.Contains("<html lang=\"vi\">", html, StringComparison.Ordinal);
            foreach (var english in English)
            {
                Assert.False(html.Contains(english, StringComparison.Ordinal), $"{url} shows \"{english}\"");
            }
        }
    }

    [Fact]
    public async Task The_script_bundle_carries_moment_s_vi_locale_and_the_browser_side_translations_once()
    {
        await using var host = await AdminHost.StartAsync("ioc_hangfire_js", schedulerCron: Never);
        using var client = await host.ClientAsync();
        var page = await AdminHost.PageAsync(client, "/admin/hangfire/recurring");

        var bundle = await client.GetStringAsync(new Uri(ScriptSource().Match(page).Groups[1].Value, UriKind.Relative));

        var hangfire = bundle.IndexOf("Hangfire.page = new Hangfire.Page(Hangfire.config)", StringComparison.Ordinal);
        var locale = bundle.IndexOf("moment.defineLocale('vi'", StringComparison.Ordinal);
        Assert.True(hangfire >= 0 && locale > hangfire, "moment's vi locale is not appended after hangfire.js");
        // Many hosts run in this process; each would append the scripts again without the once-per-process guard.
        Assert.Equal(locale, bundle.LastIndexOf("moment.defineLocale('vi'", StringComparison.Ordinal));
        Assert.Contains("past: '%s trước'", bundle, StringComparison.Ordinal);
        // The browser-side words are those of our translation of the dashboard's strings.
        foreach (var key in new[]
        {
            "JobsSidebarMenu_Enqueued", "JobsSidebarMenu_Scheduled", "JobsSidebarMenu_Processing", "JobsSidebarMenu_Succeeded",
            "JobsSidebarMenu_Failed", "JobsSidebarMenu_Deleted", "JobsSidebarMenu_Awaiting", "Common_LessDetails", "Common_MoreDetails",
            "Common_JobExpired",
        })
        {
            Assert.Contains($"'{Strings.ResourceManager.GetString(key, ViVn)}'", bundle, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("Triggered by recurring job scheduler", "Đến lịch chạy định kỳ")]
    [InlineData("Triggered using recurring job manager", "Chạy ngay, ngoài lịch định kỳ")]
    [InlineData("Triggered by DelayedJobScheduler", "Đến giờ hẹn, đưa vào hàng đợi")]
    [InlineData("An exception occurred during performance of the job.", "Tác vụ gặp lỗi khi chạy.")]
    [InlineData("Exceeded the maximum number of retry attempts.", "Đã hết số lần thử lại.")]
    [InlineData("Retry attempt 2 of 3: Connection refused (127.0.0.1:9)", "Thử lại lần 2/3: Connection refused (127.0.0.1:9)")]
    [InlineData("Canceled by filter 'SkipPaused'", "Bộ lọc 'SkipPaused' đã huỷ tác vụ")]
    [InlineData("nguồn đang tạm dừng", "nguồn đang tạm dừng")]
    [InlineData(null, null)]
    public void Hangfire_s_reasons_are_stored_in_Vietnamese_and_others_unchanged(string? reason, string? stored)
    {
        Assert.Equal(stored, VietnameseStateReasons.Translate(reason));
    }

    [GeneratedRegex("<script src=\"(/admin/hangfire/js[0-9]+)\"></script>")]
    private static partial Regex ScriptSource();
}
