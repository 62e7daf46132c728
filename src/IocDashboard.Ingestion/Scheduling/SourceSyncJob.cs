using System.ComponentModel;
using Hangfire;
using Hangfire.Server;
using IocDashboard.Ingestion.Sync;

namespace IocDashboard.Ingestion.Scheduling;

/// <summary>
/// The Hangfire job of every source: it only runs the sync service. A failed run is retried with growing delays;
/// the page-level watermark makes a retry resume where the failure stopped. Overlapping runs of one source are
/// refused by <see cref="SourceSync"/> itself (its lock lives on the run's database connection, so a killed node
/// releases it at once, where a lock row in Hangfire's storage would wait out its timeout).
/// </summary>
public sealed class SourceSyncJob(SourceSync sync, TimeProvider clock)
{
    /// <summary>The job parameter that holds a running sync's progress (the dashboard's job page lists parameters).</summary>
    public const string ProgressParameter = "progress";

    private static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(1);

    [DisplayName("Đồng bộ nguồn {0}")]
    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [10, 30, 90], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public async Task<SyncResult> RunAsync(string sourceId, PerformContext? context, CancellationToken cancellationToken)
    {
        var lastWritten = DateTimeOffset.MinValue;
        return await sync.RunAsync(sourceId, progress =>
        {
            // At most once a second: a parameter write is a round trip to the job storage.
            var now = clock.GetUtcNow();
            if (context is not null && now - lastWritten >= ProgressInterval)
            {
                lastWritten = now;
                context.SetJobParameter(ProgressParameter, SyncProgressReport.Of(progress));
            }
        }, cancellationToken);
    }
}
