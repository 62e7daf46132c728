using System.Net;
using IocDashboard.Ingestion.Sync;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Quartz.Extensibility;

namespace IocDashboard.Integration.Tests.Features.Admin;

/// <summary>The job console against a real Quartz scheduler (PostgreSQL store, execution history) with one source.</summary>
public sealed class JobConsoleTests
{
    private static readonly JobKey Job = SourceSyncJob.KeyOf(AdminHost.SourceId);

    [Fact]
    public async Task Lists_the_job_with_its_schedule_in_Vietnamese_and_its_freshness()
    {
        await using var host = await AdminHost.StartAsync("ioc_admin_jobs", schedulerCron: "0 0 2 * * ?");
        using var client = host.Client();

        var html = await AdminHost.PageAsync(client, "/admin/jobs");

        Assert.Contains(AdminHost.SourceName, html, StringComparison.Ordinal);
        Assert.Contains("hằng ngày lúc 02:00", html, StringComparison.Ordinal);
        Assert.Contains("<code>0 0 2 * * ?</code>", html, StringComparison.Ordinal);
        Assert.Contains("Chạy ngay", html, StringComparison.Ordinal);
        Assert.Contains("Tạm dừng", html, StringComparison.Ordinal);
        // Never synced: the freshness table marks the source stale.
        Assert.Contains("quá hạn", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_now_with_the_antiforgery_token_fires_a_manual_run_that_the_history_shows()
    {
        await using var host = await AdminHost.StartAsync("ioc_admin_run", schedulerCron: "0 0 0 1 1 ? 2099");
        using var client = host.Client(followRedirects: false);
        var token = AdminHost.AntiforgeryToken(await AdminHost.PageAsync(client, "/admin/jobs"));

        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["id"] = AdminHost.SourceId, ["group"] = Job.Group, ["__RequestVerificationToken"] = token,
        });
        using var response = await client.PostAsync(new Uri("/admin/jobs?handler=Run", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var run = await ManualRunAsync(host, TimeSpan.FromSeconds(30));
        Assert.False(run.Succeeded);
        Assert.False(string.IsNullOrEmpty(run.ExceptionMessage));

        var page = await AdminHost.PageAsync(client, $"/admin/jobs/{Job.Group}/{Job.Name}");
        Assert.Contains("thủ công", page, StringComparison.Ordinal);
        Assert.Contains("thất bại", page, StringComparison.Ordinal);
        Assert.Contains(run.ExceptionMessage!, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pause_and_resume_change_the_trigger_state()
    {
        await using var host = await AdminHost.StartAsync("ioc_admin_pause", schedulerCron: "0 0 0 1 1 ? 2099");
        using var client = host.Client();
        var scheduler = await host.Factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var cron = new TriggerKey(AdminHost.SourceId, SourceSyncJob.Group);

        var paused = await PostAsync(client, "/admin/jobs", "Pause");
        Assert.Equal(TriggerState.Paused, await scheduler.GetTriggerState(cron));
        Assert.Contains("Tiếp tục", paused, StringComparison.Ordinal);

        await PostAsync(client, "/admin/jobs", "Resume");
        Assert.NotEqual(TriggerState.Paused, await scheduler.GetTriggerState(cron));
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_and_runs_nothing()
    {
        await using var host = await AdminHost.StartAsync("ioc_admin_csrf", schedulerCron: "0 0 0 1 1 ? 2099");
        using var client = host.Client(followRedirects: false);

        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["id"] = AdminHost.SourceId });
        using var response = await client.PostAsync(new Uri("/admin/jobs?handler=Run", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Null(await LatestManualRunAsync(host));
    }

    /// <summary>Posts a job action from the page's own form (with its token) and returns the page it redirects to.</summary>
    private static async Task<string> PostAsync(HttpClient client, string page, string handler)
    {
        var token = AdminHost.AntiforgeryToken(await AdminHost.PageAsync(client, page));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["id"] = AdminHost.SourceId, ["group"] = Job.Group, ["__RequestVerificationToken"] = token,
        });
        using var response = await client.PostAsync(new Uri($"{page}?handler={handler}", UriKind.Relative), form);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{handler} → {(int)response.StatusCode}: {body}");
        return WebUtility.HtmlDecode(body);
    }

    private static async Task<ExecutionHistoryEntry> ManualRunAsync(AdminHost host, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (await LatestManualRunAsync(host) is { } run)
            {
                return run;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"no manual run of {Job} recorded within {timeout}");
    }

    private static async Task<ExecutionHistoryEntry?> LatestManualRunAsync(AdminHost host)
    {
        var scheduler = await host.Factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var history = host.Factory.Services.GetRequiredService<IExecutionHistoryStore>();
        var page = await history.QueryExecutions(new ExecutionHistoryQuery { SchedulerName = scheduler.SchedulerName, Job = Job, Take = 50 });
        return page.Items.FirstOrDefault(e => e.Manual);
    }
}
