using IocDashboard.Ingestion.Sources;
using IocDashboard.Ingestion.State;

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
    RunningSync? Progress)
{
    public bool Paused => Pause is not null;

    public string CronWords => CronDescriber.Describe(Cron);
}


/// <summary>The job console's table: every configured source's job, and whether this host runs jobs itself.</summary>
public sealed record JobBoard(bool RunsHere, IReadOnlyList<JobRow> Jobs);
