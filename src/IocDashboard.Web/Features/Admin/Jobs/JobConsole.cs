using System.Text.Json;
using IocDashboard.Ingestion.Sources;
using IocDashboard.Ingestion.State;
using Microsoft.Extensions.Options;
using Quartz;
using Quartz.Extensibility;

namespace IocDashboard.Web.Features.Admin.Jobs;

/// <summary>
/// Reads the scheduler for the job console: the jobs, their triggers and run statuses, the firings running anywhere
/// in the cluster and their sync progress, and each job's recent history. The scheduler exists only on hosts with
/// Ingestion:Enabled; elsewhere the board says so and lists nothing.
/// </summary>
public sealed class JobConsole(IServiceProvider services, IngestionStateReader ingestionState, IOptions<IngestionOptions> options)
{
    public const int HistoryLength = 20;

    public async Task<IScheduler?> SchedulerAsync(CancellationToken ct) =>
        services.GetService<ISchedulerFactory>() is { } factory ? await factory.GetScheduler(ct) : null;

    public async Task<JobBoard> BoardAsync(CancellationToken ct)
    {
        if (await SchedulerAsync(ct) is not { } scheduler)
        {
            return new JobBoard(false, null, null, []);
        }

        var jobs = await scheduler.QueryJobs(new JobQuery { Take = PagedQuery.All }, ct);
        var triggers = (await scheduler.QueryTriggers(new TriggerQuery { Take = PagedQuery.All }, ct)).Items;
        var crons = await CronExpressionsAsync(scheduler, triggers, ct);
        var statuses = await StatusesAsync(scheduler, jobs.Items.Select(j => j.Key).ToList(), ct);
        var firings = await scheduler.QueryFireInstances(new FireInstanceQuery { Take = PagedQuery.All }, ct);
        var running = firings.Items.Where(f => f.JobKey is not null).Select(f => f.JobKey!).ToHashSet();
        var progress = await SyncProgressAsync(ct);
        var sources = options.Value.Sources.Where(s => s.Enabled).DistinctBy(s => s.Id).ToDictionary(s => s.Id, StringComparer.Ordinal);

        var rows = jobs.Items.Select(job =>
        {
            var own = triggers.Where(t => t.JobKey.Equals(job.Key)).ToList();
            var recurring = own.Where(t => crons.ContainsKey(t.Key)).ToList();
            var paused = recurring.Count > 0 && recurring.All(t => t.State == TriggerState.Paused);
            statuses.TryGetValue(job.Key, out var status);
            sources.TryGetValue(job.Key.Name, out var source);
            var isRunning = running.Contains(job.Key);
            return new JobRow(
                job.Key,
                source?.Name is { Length: > 0 } name ? name : job.Description ?? job.Key.Name,
                source?.Kind.ToText(),
                recurring.Select(t => crons[t.Key]).FirstOrDefault(),
                paused,
                recurring.Select(t => t.Pause?.RequestedBy).FirstOrDefault(by => by is not null),
                own.Where(t => t.State != TriggerState.Paused).Min(t => t.NextFireTimeUtc),
                status?.LastFiredAtUtc ?? own.Max(t => t.PreviousFireTimeUtc),
                isRunning ? RunOutcome.Running : status is null ? RunOutcome.NeverRun : OutcomeOf(status.LastResult),
                status?.LastDuration,
                status?.LastFailureMessage,
                status?.ConsecutiveFailures ?? 0,
                status?.RunCount ?? 0,
                isRunning && progress.TryGetValue(job.Key.Name, out var p) ? p : null);
        }).ToList();

        return new JobBoard(true, scheduler.SchedulerName, scheduler.SchedulerInstanceId, rows);
    }

    /// <summary>The last <see cref="HistoryLength"/> runs of one job, newest first, on every node of the cluster.</summary>
    public async Task<IReadOnlyList<RunRow>> HistoryAsync(IScheduler scheduler, JobKey job, CancellationToken ct)
    {
        if (services.GetService<IExecutionHistoryStore>() is not { } history)
        {
            return [];
        }

        var page = await history.QueryExecutions(
            new ExecutionHistoryQuery { SchedulerName = scheduler.SchedulerName, Job = job, Take = HistoryLength }, ct);
        return page.Items.Select(e => new RunRow(
            e.FiredAtUtc, e.Duration, OutcomeOf(e.EffectiveResult), e.Manual, e.RetryAttempt, e.RetryScheduled,
            e.SchedulerInstanceId, e.Summary, e.ExceptionMessage, ParseMetrics(e.MetricsJson))).ToList();
    }

    public static RunMetrics ParseMetrics(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return RunMetrics.Empty;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            long? Read(string name) =>
                root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
                    ? value.TryGetInt64(out var whole) ? whole : (long)Math.Round(value.GetDouble())
                    : null;
            return new RunMetrics(Read("pages"), Read("read"), Read("inserted"), Read("updated"), Read("unchanged"), Read("quarantined"));
        }
        catch (JsonException)
        {
            return RunMetrics.Empty;
        }
    }

    private static RunOutcome OutcomeOf(JobRunResult result) => result switch
    {
        JobRunResult.Succeeded => RunOutcome.Succeeded,
        JobRunResult.Failed => RunOutcome.Failed,
        JobRunResult.Cancelled => RunOutcome.Cancelled,
        JobRunResult.Skipped => RunOutcome.Skipped,
        _ => RunOutcome.NeverRun,
    };

    private static async Task<Dictionary<TriggerKey, string>> CronExpressionsAsync(
        IScheduler scheduler, IReadOnlyList<TriggerHeader> triggers, CancellationToken ct)
    {
        var keys = triggers.Where(t => t.TriggerType == "CRON").Select(t => t.Key).ToList();
        var crons = new Dictionary<TriggerKey, string>();
        if (keys.Count == 0)
        {
            return crons;
        }

        foreach (var trigger in (await scheduler.GetTriggers(keys, ct)).OfType<ICronTrigger>())
        {
            if (trigger.CronExpressionString is { } expression)
            {
                crons[trigger.Key] = expression;
            }
        }

        return crons;
    }

    private async Task<Dictionary<JobKey, JobRunStatus>> StatusesAsync(IScheduler scheduler, List<JobKey> jobs, CancellationToken ct)
    {
        if (jobs.Count == 0 || services.GetService<IExecutionHistoryStore>() is not { } history)
        {
            return [];
        }

        var page = await history.QueryJobRunStatuses(
            new JobRunStatusQuery { SchedulerName = scheduler.SchedulerName, Jobs = jobs.ToHashSet(), Take = PagedQuery.All }, ct);
        return page.Items.ToDictionary(s => s.Job);
    }

    /// <summary>The syncs still running, by source.</summary>
    private async Task<Dictionary<string, SyncProgressView>> SyncProgressAsync(CancellationToken ct) =>
        (await ingestionState.RunningSyncsAsync(ct)).ToDictionary(
            s => s.SourceId, s => new SyncProgressView(s.SourceId, s.Node, s.StartedAt, s.UpdatedAt, s.Pages, s.Rows), StringComparer.Ordinal);
}
