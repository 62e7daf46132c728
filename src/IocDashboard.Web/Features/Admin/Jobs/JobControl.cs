using Hangfire;
using IocDashboard.Ingestion.Sources;
using IocDashboard.Web.Features.Audit;
using Microsoft.Extensions.Options;

namespace IocDashboard.Web.Features.Admin.Jobs;

/// <summary>
/// The console's three actions on a source, each kept in the audit log. Each answers false when no enabled source has
/// that id.
/// </summary>
public sealed class JobControl(
    IRecurringJobManagerV2 recurringJobs, SourcePauses pauses, Sources.ProtectedSourceApiKeys apiKeys, IOptions<IngestionOptions> options, AuditTrail audit,
    ILogger<JobControl> logger)
{
    /// <summary>Queues a run of the source now, on whichever node takes it first; a paused source's run does nothing.</summary>
    public async Task<bool> RunNowAsync(string sourceId, string requestedBy, CancellationToken ct)
    {
        if (!IsSource(sourceId))
        {
            return false;
        }

        recurringJobs.TriggerJob(sourceId);
        await audit.RecordAsync(requestedBy, "job.run", sourceId, null, new { queued = true }, null, ct);
        return Logged("run", sourceId, requestedBy);
    }

    /// <summary>Pauses the source, recording who asked; a run already in progress finishes.</summary>
    public async Task<bool> PauseAsync(string sourceId, string requestedBy, CancellationToken ct)
    {
        if (!IsSource(sourceId))
        {
            return false;
        }

        await pauses.PauseAsync(sourceId, requestedBy, ct);
        await audit.RecordAsync(requestedBy, "source.pause", sourceId, new { paused = false }, new { paused = true }, null, ct);
        return Logged("pause", sourceId, requestedBy);
    }

    public async Task<bool> ResumeAsync(string sourceId, string requestedBy, CancellationToken ct)
    {
        if (!IsSource(sourceId))
        {
            return false;
        }

        await pauses.ResumeAsync(sourceId, ct);
        await audit.RecordAsync(requestedBy, "source.resume", sourceId, new { paused = true }, new { paused = false }, null, ct);
        return Logged("resume", sourceId, requestedBy);
    }

    /// <summary>Sets the key the source's connector sends (X-Api-Key), kept encrypted; false for an unknown source.</summary>
    public async Task<bool> SetApiKeyAsync(string sourceId, string apiKey, string requestedBy, CancellationToken ct)
    {
        if (!IsSource(sourceId))
        {
            return false;
        }

        await apiKeys.SetAsync(sourceId, apiKey, requestedBy, ct);
        return Logged("set the API key of", sourceId, requestedBy);
    }

    private bool IsSource(string sourceId) => options.Value.Sources.Any(s => s.Enabled && s.Id == sourceId);

    private bool Logged(string action, string sourceId, string requestedBy)
    {
        logger.LogInformation("Job console: {Action} {Source} requested by {RequestedBy}", action, sourceId, requestedBy);
        return true;
    }
}
