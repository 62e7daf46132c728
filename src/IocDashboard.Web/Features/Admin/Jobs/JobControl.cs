using Quartz;

namespace IocDashboard.Web.Features.Admin.Jobs;

/// <summary>The console's three actions on a job. Each answers false when this host runs no scheduler or no such job exists.</summary>
public sealed class JobControl(JobConsole console, ILogger<JobControl> logger)
{
    /// <summary>Fires the job once now; the run shows as manual in its history. Overlap is left to the job's own rule.</summary>
    public async Task<bool> RunNowAsync(JobKey job, string requestedBy, CancellationToken ct)
    {
        if (await console.SchedulerAsync(ct) is not { } scheduler || !await scheduler.Exists(job, ct))
        {
            return false;
        }

        await scheduler.TriggerJob(job, ct);
        return Logged("run", job, requestedBy, true);
    }

    /// <summary>Pauses every trigger of the job, recording who asked; a run already in progress finishes.</summary>
    public async Task<bool> PauseAsync(JobKey job, string requestedBy, CancellationToken ct) =>
        await console.SchedulerAsync(ct) is { } scheduler
        && Logged("pause", job, requestedBy, await scheduler.PauseJobWith(
            job, new PauseDetails { Reason = "Tạm dừng từ bảng điều khiển", RequestedBy = requestedBy }, ct));

    public async Task<bool> ResumeAsync(JobKey job, string requestedBy, CancellationToken ct) =>
        await console.SchedulerAsync(ct) is { } scheduler && Logged("resume", job, requestedBy, await scheduler.ResumeJob(job, ct));

    private bool Logged(string action, JobKey job, string requestedBy, bool found)
    {
        if (found)
        {
            logger.LogInformation("Job console: {Action} {Job} requested by {RequestedBy}", action, job, requestedBy);
        }

        return found;
    }
}
