using System.Text.Json;
using Hangfire;
using Hangfire.States;
using Hangfire.Storage;
using Hangfire.Storage.Monitoring;
using IocDashboard.Ingestion.Sources;
using IocDashboard.Ingestion.State;
using Microsoft.Extensions.Options;

namespace IocDashboard.Web.Features.Admin.Jobs;

/// <summary>
/// Reads what the job console shows beside Hangfire's own dashboard: each configured source's schedule and last
/// run from Hangfire's storage, its pause, and the progress of a run under way. Runs' history stays in the dashboard.
/// </summary>
public sealed class JobConsole(JobStorage storage, IngestionStateReader ingestionState, IOptions<IngestionOptions> options)
{
    public async Task<JobBoard> BoardAsync(CancellationToken ct)
    {
        var sources = options.Value.Sources.Where(s => s.Enabled).DistinctBy(s => s.Id).ToList();
        List<RecurringJobDto> recurring;
        using (var connection = storage.GetConnection())
        {
            recurring = connection.GetRecurringJobs(sources.Select(s => s.Id).ToList());
        }

        var byId = recurring.Where(r => !r.Removed).ToDictionary(r => r.Id, StringComparer.Ordinal);
        var paused = await ingestionState.PausesAsync(ct);
        var progress = await SyncProgressAsync(ct);
        var monitoring = storage.GetMonitoringApi();

        var rows = sources.Select(source =>
        {
            byId.TryGetValue(source.Id, out var job);
            var (outcome, message) = LastRun(job, monitoring);
            return new JobRow(
                source.Id,
                source.Name,
                source.Kind.ToText(),
                job?.Cron ?? source.Cron,
                paused.GetValueOrDefault(source.Id),
                job?.NextExecution is { } next ? new DateTimeOffset(next, TimeSpan.Zero) : null,
                job?.LastExecution is { } last ? new DateTimeOffset(last, TimeSpan.Zero) : null,
                outcome,
                job?.LastJobId,
                message,
                outcome == RunOutcome.Running ? progress.GetValueOrDefault(source.Id) : null);
        }).ToList();

        return new JobBoard(options.Value.Enabled, rows);
    }

    /// <summary>
    /// The outcome of a source's last job and what to say about it: the failure's message, or why a run that
    /// succeeded did nothing (the job returns the sync's result, which Hangfire keeps with the succeeded state).
    /// </summary>
    private static (RunOutcome Outcome, string? Message) LastRun(RecurringJobDto? job, IMonitoringApi monitoring)
    {
        if (job?.LastJobState is not { } state || job.LastJobId is not { } id)
        {
            return (RunOutcome.NeverRun, job?.Error);
        }

        if (state == ProcessingState.StateName)
        {
            return (RunOutcome.Running, null);
        }

        if (state == EnqueuedState.StateName || state == AwaitingState.StateName)
        {
            return (RunOutcome.Queued, null);
        }

        var history = monitoring.JobDetails(id)?.History ?? [];
        if (state == SucceededState.StateName)
        {
            var reason = SkipReason(history.FirstOrDefault(h => h.StateName == SucceededState.StateName));
            return reason is null ? (RunOutcome.Succeeded, null) : (RunOutcome.Skipped, reason);
        }

        var failure = history.Where(h => h.StateName == FailedState.StateName)
            .Select(h => h.Data.TryGetValue("ExceptionMessage", out var message) ? message : null)
            .FirstOrDefault(m => m is not null);
        if (state == FailedState.StateName)
        {
            return (RunOutcome.Failed, failure);
        }

        // Scheduled again after a failed attempt: a retry is waiting.
        return state == ScheduledState.StateName ? (RunOutcome.Retrying, failure) : (RunOutcome.Cancelled, null);
    }

    private static string? SkipReason(StateHistoryDto? succeeded)
    {
        if (succeeded is null || !succeeded.Data.TryGetValue("Result", out var result) || string.IsNullOrEmpty(result))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(result);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty(nameof(Ingestion.Sync.SyncResult.SkippedBecause), out var reason)
                && reason.ValueKind == JsonValueKind.String
                ? reason.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The syncs still running, by source.</summary>
    private async Task<Dictionary<string, RunningSync>> SyncProgressAsync(CancellationToken ct) =>
        (await ingestionState.RunningSyncsAsync(ct)).ToDictionary(s => s.SourceId, StringComparer.Ordinal);
}
