using Quartz;

namespace IocDashboard.Ingestion.Sync;

/// <summary>
/// The Quartz job of one source instance: reads which source from its data and runs the sync. Never two runs
/// of one source at once, cluster-wide. Its result (counts, duration) goes to Quartz's execution history.
/// </summary>
[DisallowConcurrentExecution]
public sealed class SourceSyncJob(SourceSync sync) : IJob
{
    public const string Group = "sync";
    public const string SourceKey = "source";

    public static JobKey KeyOf(string sourceId) => new(sourceId, Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var sourceId = context.MergedJobDataMap.GetString(SourceKey)
            ?? throw new JobExecutionException($"job {context.JobDetail.Key} has no '{SourceKey}'");
        try
        {
            var result = await sync.RunAsync(sourceId, page => context.ReportProgress(0, $"{page.Pages} trang, {page.Read} bản ghi"), cancellationToken);
            context.Result = JobRunReport.Succeeded(result.Summary)
                .With("pages", result.Pages)
                .With("read", result.Read)
                .With("inserted", result.Inserted)
                .With("updated", result.Updated)
                .With("unchanged", result.Unchanged)
                .With("quarantined", result.Quarantined)
                .With("seconds", Math.Round(result.Duration.TotalSeconds, 2));
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not JobExecutionException)
        {
            // Handed to Quartz so that the trigger's retry policy re-fires it with backoff.
            throw new JobExecutionException($"{sourceId}: {ex.Message}", ex);
        }
    }
}
