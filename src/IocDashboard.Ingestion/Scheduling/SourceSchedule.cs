using Hangfire;
using Hangfire.Storage;
using IocDashboard.Domain.Periods;
using IocDashboard.Ingestion.Sources;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IocDashboard.Ingestion.Scheduling;

/// <summary>
/// At start-up, makes Hangfire's recurring jobs match Ingestion:Sources: one per enabled source (its cron in
/// Vietnam's time zone), none for a source that left configuration; then, when configured, asks each source for a
/// catch-up run instead of waiting for its first slot.
/// </summary>
internal sealed class SourceSchedule(
    IRecurringJobManagerV2 recurringJobs, JobStorage storage, IOptions<IngestionOptions> options, ILogger<SourceSchedule> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var sources = options.Value.Sources.Where(s => s.Enabled).ToList();
        foreach (var source in sources)
        {
            var id = source.Id;
            recurringJobs.AddOrUpdate<SourceSyncJob>(
                id, job => job.RunAsync(id, null, CancellationToken.None), source.Cron, new RecurringJobOptions { TimeZone = ReportingPeriod.VietnamTimeZone });
        }

        RemoveUnconfigured(sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal));

        if (options.Value.CatchUpAtStart)
        {
            foreach (var source in sources)
            {
                recurringJobs.TriggerJob(source.Id);
            }
        }

        logger.LogInformation("Scheduled {Count} sources in Hangfire", sources.Count);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Sync jobs of sources no longer configured; other recurring jobs are not this schedule's to remove.</summary>
    private void RemoveUnconfigured(HashSet<string> configured)
    {
        using var connection = storage.GetConnection();
        foreach (var job in connection.GetRecurringJobs())
        {
            if (job.Job?.Type == typeof(SourceSyncJob) && !configured.Contains(job.Id))
            {
                recurringJobs.RemoveIfExists(job.Id);
                logger.LogInformation("Removed the schedule of {Source}: no longer configured", job.Id);
            }
        }
    }
}
