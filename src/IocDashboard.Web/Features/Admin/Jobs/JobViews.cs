using Quartz;

namespace IocDashboard.Web.Features.Admin.Jobs;

/// <summary>What the console says about a job's last run.</summary>
public enum RunOutcome
{
    NeverRun,
    Succeeded,
    Failed,
    Running,
    Cancelled,
    Skipped,
}

/// <summary>One recurring job as the console lists it.</summary>
public sealed record JobRow(
    JobKey Key,
    string Name,
    string? Kind,
    string? Cron,
    bool Paused,
    string? PausedBy,
    DateTimeOffset? NextRun,
    DateTimeOffset? LastRun,
    RunOutcome Outcome,
    TimeSpan? LastDuration,
    string? LastFailure,
    int ConsecutiveFailures,
    long RunCount,
    SyncProgressView? Progress)
{
    public string Id => Key.Name;

    public string CronWords => CronDescriber.Describe(Cron);
}

/// <summary>A sync in progress, from ingest.sync_progress (written per page by whichever node runs it).</summary>
public sealed record SyncProgressView(string SourceId, string Node, DateTimeOffset StartedAt, DateTimeOffset UpdatedAt, int Pages, long Rows);

/// <summary>One finished run from Quartz's execution history, with the counts the sync job reported.</summary>
public sealed record RunRow(
    DateTimeOffset FiredAt,
    TimeSpan Duration,
    RunOutcome Outcome,
    bool Manual,
    int RetryAttempt,
    bool RetryScheduled,
    string Node,
    string? Summary,
    string? Error,
    RunMetrics Metrics);

/// <summary>The metrics SourceSyncJob puts in its JobRunReport; null where a run reported none.</summary>
public sealed record RunMetrics(long? Pages, long? Read, long? Inserted, long? Updated, long? Unchanged, long? Quarantined)
{
    public static readonly RunMetrics Empty = new(null, null, null, null, null, null);
}

/// <summary>The job console's whole page: the scheduler's jobs (none when this host runs no scheduler).</summary>
public sealed record JobBoard(bool SchedulerRunning, string? SchedulerName, string? Node, IReadOnlyList<JobRow> Jobs);
