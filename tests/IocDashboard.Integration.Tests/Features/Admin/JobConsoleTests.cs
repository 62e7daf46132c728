using System.Net;
using Hangfire;
using Hangfire.Storage;
using IocDashboard.Ingestion.Sources;
using IocDashboard.Integration.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace IocDashboard.Integration.Tests.Features.Admin;

/// <summary>The job console and Hangfire's dashboard against a real Hangfire server (PostgreSQL storage) with one source.</summary>
public sealed class JobConsoleTests
{
    private const string Never = "0 0 1 1 *";
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Lists_the_source_with_its_schedule_in_Vietnamese_and_its_freshness()
    {
        await using var host = await AdminHost.StartAsync("ioc_admin_jobs", schedulerCron: "0 0 2 * * *");
        using var client = await host.ClientAsync();

        var html = await AdminHost.PageAsync(client, "/admin/jobs");

        Assert.Contains(AdminHost.SourceName, html, StringComparison.Ordinal);
        Assert.Contains("hằng ngày lúc 02:00", html, StringComparison.Ordinal);
        Assert.Contains("<code>0 0 2 * * *</code>", html, StringComparison.Ordinal);
        Assert.Contains("Chạy ngay", html, StringComparison.Ordinal);
        Assert.Contains("Tạm dừng", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/hangfire/recurring\"", html, StringComparison.Ordinal);
        // Never synced: the freshness table marks the source stale.
        Assert.Contains("quá hạn", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_now_with_the_antiforgery_token_runs_the_source_and_its_failure_shows_on_the_console_and_the_dashboard()
    {
        await using var host = await AdminHost.StartAsync("ioc_admin_run", schedulerCron: Never);
        using var client = await host.ClientAsync(followRedirects: false);

        using var response = await PostActionAsync(client, "Run");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (jobId, message) = await host.FailedRunAsync(Patience);
        Assert.Contains("127.0.0.1:9", message, StringComparison.Ordinal);

        var console = await AdminHost.PageAsync(client, "/admin/jobs");
        Assert.Contains(message, console, StringComparison.Ordinal);
        Assert.Contains($"/admin/hangfire/jobs/details/{jobId}", console, StringComparison.Ordinal);
        var dashboard = await AdminHost.PageAsync(client, $"/admin/hangfire/jobs/details/{jobId}");
        Assert.Contains(message, dashboard, StringComparison.Ordinal);
        Assert.Contains("thử lại", await AdminHost.PageAsync(client, "/admin/hangfire/retries"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_paused_source_is_persisted_as_paused_says_so_and_does_not_run_until_resumed()
    {
        await using var host = await AdminHost.StartAsync("ioc_admin_pause", schedulerCron: Never);
        using var client = await host.ClientAsync();
        var pauses = host.Factory.Services.GetRequiredService<SourcePauses>();

        var paused = await PostAndFollowAsync(client, "Pause");
        Assert.True(await pauses.IsPausedAsync(AdminHost.SourceId, CancellationToken.None));
        Assert.Contains("Tiếp tục", paused, StringComparison.Ordinal);
        Assert.Contains("tạm dừng", paused, StringComparison.Ordinal);
        var sources = await client.GetOkAsync("/api/sources");
        Assert.True(sources.EnumerateArray().Single(s => s.Text("id") == AdminHost.SourceId).GetProperty("paused").GetBoolean());
        foreach (var other in new[] { "/", "/admin/quarantine", "/admin/uploads" })
        {
            Assert.Contains($"Đang tạm dừng đồng bộ: {AdminHost.SourceId}", await AdminHost.PageAsync(client, other), StringComparison.Ordinal);
        }

        // Run by hand while paused: the run does nothing (a real run would fail against the closed port).
        await PostAndFollowAsync(client, "Run");
        await SchedulerSettings.WaitUntilAsync(
            async () => (await AdminHost.PageAsync(client, "/admin/jobs")).Contains("nguồn đang tạm dừng", StringComparison.Ordinal),
            Patience, () => "the console to say the paused run was skipped");
        Assert.Equal(0, host.Factory.Services.GetRequiredService<JobStorage>().GetMonitoringApi().FailedCount());

        var resumed = await PostAndFollowAsync(client, "Resume");
        Assert.False(await pauses.IsPausedAsync(AdminHost.SourceId, CancellationToken.None));
        Assert.Contains("Tạm dừng", resumed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_and_queues_nothing()
    {
        await using var host = await AdminHost.StartAsync("ioc_admin_csrf", schedulerCron: Never);
        using var client = await host.ClientAsync(followRedirects: false);
        var storage = host.Factory.Services.GetRequiredService<JobStorage>();

        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["id"] = AdminHost.SourceId });
        using var console = await client.PostAsync(new Uri("/admin/jobs?handler=Run", UriKind.Relative), form);
        using var dashboardForm = new FormUrlEncodedContent(new Dictionary<string, string> { ["jobs[]"] = AdminHost.SourceId });
        using var dashboard = await client.PostAsync(new Uri("/admin/hangfire/recurring/trigger", UriKind.Relative), dashboardForm);

        Assert.Equal(HttpStatusCode.BadRequest, console.StatusCode);
        Assert.False(dashboard.IsSuccessStatusCode, $"the dashboard's trigger answered {(int)dashboard.StatusCode} without a token");
        using var connection = storage.GetConnection();
        Assert.Null(connection.GetRecurringJobs([AdminHost.SourceId]).Single().LastJobId);
    }

    [Fact]
    public async Task The_dashboard_lists_every_source_in_Vietnamese()
    {
        await using var host = await AdminHost.StartAsync("ioc_admin_dashboard", schedulerCron: Never);
        using var client = await host.ClientAsync();

        var recurring = await AdminHost.PageAsync(client, "/admin/hangfire/recurring");

        Assert.Contains(AdminHost.SourceId, recurring, StringComparison.Ordinal);
        Assert.Contains("Tác vụ định kỳ", recurring, StringComparison.Ordinal);
        Assert.Contains("Chạy ngay", recurring, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_source_that_keeps_failing_is_retried_shows_its_error_everywhere_and_turns_health_degraded()
    {
        await using var host = await AdminHost.StartAsync("ioc_admin_failing", schedulerCron: Never, catchUpAtStart: true);
        using var client = await host.ClientAsync();

        var (_, message) = await host.FailedRunAsync(Patience);

        var sources = await client.GetOkAsync("/api/sources");
        Assert.Contains("127.0.0.1:9", sources.EnumerateArray().Single(s => s.Text("id") == AdminHost.SourceId).Text("lastError"), StringComparison.Ordinal);
        var console = await AdminHost.PageAsync(client, "/admin/jobs");
        Assert.Contains("sẽ thử lại", console, StringComparison.Ordinal);
        Assert.Contains(message, console, StringComparison.Ordinal);
        await SchedulerSettings.WaitUntilAsync(
            async () => (await client.GetJsonAsync("/health")).Body.Text("status") == "Degraded",
            Patience, () => "/health to turn Degraded once the source is past its SLA");
    }

    /// <summary>Posts a job action from the console's own form (with its token).</summary>
    private static async Task<HttpResponseMessage> PostActionAsync(HttpClient client, string handler)
    {
        var token = AdminHost.AntiforgeryToken(await AdminHost.PageAsync(client, "/admin/jobs"));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["id"] = AdminHost.SourceId, ["__RequestVerificationToken"] = token,
        });
        return await client.PostAsync(new Uri($"/admin/jobs?handler={handler}", UriKind.Relative), form);
    }

    private static async Task<string> PostAndFollowAsync(HttpClient client, string handler)
    {
        using var response = await PostActionAsync(client, handler);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{handler} → {(int)response.StatusCode}: {body}");
        return WebUtility.HtmlDecode(body);
    }
}
