using Hangfire;
using Hangfire.States;
using IocDashboard.Integration.Tests.Features.Admin;
using IocDashboard.Integration.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace IocDashboard.Integration.Tests.Features.Scheduling;

/// <summary>
/// Hangfire keeps its log provider in a static; the tests run many hosts in one process and dispose them in any order.
/// A host stopped beside a running one must not take the running one's job client, dashboard or workers with it.
/// </summary>
public sealed class HostsSideBySideTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task A_host_keeps_making_jobs_and_serving_its_console_after_another_host_in_the_process_stopped()
    {
        await using var running = await AdminHost.StartAsync("ioc_side_running", schedulerCron: "0 0 1 1 *");
        using var client = await running.ClientAsync();
        await AdminHost.PageAsync(client, "/admin/jobs");

        // Another host configures Hangfire after the running one, and stops.
        await using (var other = await AdminHost.StartAsync("ioc_side_other", schedulerCron: "0 0 1 1 *"))
        {
            using var otherClient = await other.ClientAsync();
            await AdminHost.PageAsync(otherClient, "/admin/jobs");
        }

        var jobs = running.Factory.Services.GetRequiredService<IBackgroundJobClient>();
        var id = jobs.Enqueue(() => Console.WriteLine("side by side"));
        var storage = running.Factory.Services.GetRequiredService<JobStorage>();
        await SchedulerSettings.WaitUntilAsync(
            () => Task.FromResult(storage.GetMonitoringApi().JobDetails(id).History.Any(h => h.StateName == SucceededState.StateName)),
            Patience, () => $"job {id} to succeed; history: {string.Join(", ", storage.GetMonitoringApi().JobDetails(id).History.Select(h => h.StateName + " " + h.Reason))}");
        await AdminHost.PageAsync(client, "/admin/jobs");
        await AdminHost.PageAsync(client, "/admin/hangfire/jobs/succeeded");
    }
}
