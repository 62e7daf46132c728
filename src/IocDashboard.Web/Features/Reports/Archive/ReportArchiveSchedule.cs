using Hangfire;
using IocDashboard.Ingestion.Sources;
using Microsoft.Extensions.Options;

namespace IocDashboard.Web.Features.Reports.Archive;

/// <summary>
/// At start-up, on a host that runs the scheduler (Ingestion:Enabled, as for the sources' jobs), makes Hangfire's
/// recurring job <see cref="ReportArchiveJob.Id"/> match its cron in Vietnam's time zone.
/// </summary>
internal sealed class ReportArchiveSchedule(IRecurringJobManagerV2 recurringJobs, IOptions<IngestionOptions> ingestion) : IHostedService
{
    private static readonly TimeZoneInfo VietnamTime = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (ingestion.Value.Enabled)
        {
            recurringJobs.AddOrUpdate<ReportArchiveJob>(
                ReportArchiveJob.Id, job => job.RunAsync(CancellationToken.None), ReportArchiveJob.Cron, new RecurringJobOptions { TimeZone = VietnamTime });
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
