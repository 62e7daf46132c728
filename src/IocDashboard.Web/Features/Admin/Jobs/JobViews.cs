using IocDashboard.Ingestion.Sources;

namespace IocDashboard.Web.Features.Admin.Jobs;

/// <summary>What the console says about a source's last run, from the state of its last Hangfire job.</summary>
public enum RunOutcome
{
    NeverRun,
    Succeeded,
    Failed,
    Running,
    Queued,
    Retrying,
    Cancelled,
    Skipped,
}

/// <summary>One source's recurring job as the console lists it.</summary>
public sealed record JobRow(
    string Id,
    string Name,
    string Kind,
    string? Cron,
    SourcePause? Pause,
    DateTimeOffset? NextRun,
    DateTimeOffset? LastRun,
    RunOutcome Outcome,
    string? LastJobId,
    string? LastMessage,
    SyncProgressView? Progress)
{
    public bool Paused => Pause is not null;

    public string CronWords => CronDescriber.Describe(Cron);
}

/// <summary>A sync in progress, from ingest.sync_progress (written per page by whichever node runs it).</summary>
public sealed record SyncProgressView(
    string SourceId, string Node, DateTimeOffset StartedAt, DateTimeOffset UpdatedAt, int Pages, long Rows, long? Remaining)
{
    /// <summary>The share of the announced records read so far (0–100), when the source announces them.</summary>
    public double? Percent => Ingestion.Sync.SyncResult.ShareDone(Rows, Remaining);
}

/// <summary>The job console's table: every configured source's job, and whether this host runs jobs itself.</summary>
public sealed record JobBoard(bool RunsHere, IReadOnlyList<JobRow> Jobs);
