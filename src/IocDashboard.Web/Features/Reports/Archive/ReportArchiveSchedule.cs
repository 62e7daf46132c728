using Hangfire;
using IocDashboard.Domain.Periods;

namespace IocDashboard.Web.Features.Reports.Archive;

/// <summary>
/// At start-up of a host that runs the scheduler (registered only there, as the sources' jobs), makes Hangfire's
/// recurring job <see cref="ReportArchiveJob.Id"/> match its cron in Vietnam's time zone.
/// </summary>
internal sealed class ReportArchiveSchedule(IRecurringJobManagerV2 recurringJobs) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        recurringJobs.AddOrUpdate<ReportArchiveJob>(
            ReportArchiveJob.Id, job => job.RunAsync(CancellationToken.None), ReportArchiveJob.Cron, new RecurringJobOptions { TimeZone = ReportingPeriod.VietnamTimeZone });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
