using System.Collections.Concurrent;
using IocDashboard.Ingestion.Sources;
using IocDashboard.Ingestion.Sync;
using IocDashboard.Web.Features.Shared;
using Microsoft.Extensions.Options;
using Npgsql;

namespace IocDashboard.Web.Features.Wall;

/// <summary>
/// Every web instance LISTENs on ioc_changes (so two instances behind a load balancer both hear a change),
/// turns each notification into the panels it touches, and publishes them at once, or, within Wall:PushInterval
/// of the last push, when that interval is over, coalescing bursts. A lost database connection is retried with
/// backoff; after it comes back every panel is recomputed, since notifications sent meanwhile were missed. A
/// recomputation the database fails is retried every 10 s while the screens keep their last data. Source
/// freshness ages without any change, so the sources panel is refreshed every minute as well.
/// </summary>
public sealed class ChangeListener(NpgsqlDataSource dataSource, WallBroadcaster broadcaster, IOptions<WallOptions> options, ILogger<ChangeListener> logger)
    : BackgroundService
{
    private static readonly TimeSpan[] Backoff = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10)];
    private readonly ConcurrentDictionary<string, byte> _dirty = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _signal = new(0);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(ListenAsync(stoppingToken), PublishAsync(stoppingToken));

    /// <summary>The panels a change of this kind of source feeds; every panel when the payload is not a notice.</summary>
    private static IReadOnlyList<string> PanelsOf(ChangeNotice? notice) => notice?.Kind switch
    {
        SourceKind.Dossiers => ["dossiers", "sources"],
        SourceKind.Tasks => ["tasks", "sources"],
        SourceKind.Indicators => ["indicators", "sources"],
        SourceKind.Feedback => ["feedback", "sources"],
        _ => WallPanels.All,
    };

    private void OnNotification(string payload)
    {
        var notice = ChangeNotice.FromJson(payload);
        if (logger.IsEnabled(LogLevel.Debug))
        {
            // Panels are picked by kind alone (each shows the whole province); the units and days say what moved.
            logger.LogDebug("Change from {Source} ({Kind}): units {Units}, days {From} to {To}",
                notice?.Source, notice?.Kind, notice?.Units is { } units ? string.Join(",", units) : null, notice?.From, notice?.To);
        }

        MarkDirty(PanelsOf(notice));
    }

    private async Task ListenAsync(CancellationToken ct)
    {
        for (var attempt = 0; !ct.IsCancellationRequested; attempt++)
        {
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(ct);
                connection.Notification += (_, e) => OnNotification(e.Payload);
                await using (var listen = new NpgsqlCommand($"listen {ChangeNotifier.Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(ct);
                }

                if (attempt > 0)
                {
                    MarkDirty(WallPanels.All);
                }

                attempt = 0;
                while (!ct.IsCancellationRequested)
                {
                    await connection.WaitAsync(ct);
                }
            }
            catch (Exception ex) when (DatabaseFailures.IsUnavailable(ex))
            {
                var delay = Backoff[Math.Min(attempt, Backoff.Length - 1)];
                logger.LogWarning(ex, "Lost the ioc_changes listener; retrying in {Delay}", delay);
                await Task.Delay(delay, ct);
            }
        }
    }

    /// <summary>
    /// Publishes as soon as a change arrives when the screens have not been pushed to within the last interval;
    /// otherwise waits out the interval, so a burst costs at most one push per interval (leading-edge throttle).
    /// </summary>
    private async Task PublishAsync(CancellationToken ct)
    {
        var interval = options.Value.PushInterval;
        var lastPush = DateTime.MinValue;
        var lastSourcesRefresh = DateTime.UtcNow;
        while (!ct.IsCancellationRequested)
        {
            await _signal.WaitAsync(TimeSpan.FromSeconds(10), ct);
            if (DateTime.UtcNow - lastSourcesRefresh > TimeSpan.FromMinutes(1))
            {
                MarkDirty(["sources"]);
                lastSourcesRefresh = DateTime.UtcNow;
            }

            var wait = lastPush + interval - DateTime.UtcNow;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, ct);
            }

            var changed = _dirty.Keys.ToList();
            if (changed.Count == 0)
            {
                continue;
            }

            foreach (var panel in changed)
            {
                _dirty.TryRemove(panel, out _);
            }

            lastPush = DateTime.UtcNow;
            try
            {
                await broadcaster.PublishAsync(changed, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                // The screens keep their last data. The panels stay dirty but without a wake-up, so they are retried
                // on the 10 s tick (or at once when the listener is back), not at every push interval against a
                // database that is down. Anything else is a bug: logged as an error, and the wall still runs.
                foreach (var panel in changed)
                {
                    _dirty[panel] = 0;
                }

                if (DatabaseFailures.IsUnavailable(ex))
                {
                    logger.LogWarning(ex, "Could not recompute {Panels}; the screens keep their last data", string.Join(",", changed));
                }
                else
                {
                    logger.LogError(ex, "Recomputing {Panels} failed; the screens keep their last data", string.Join(",", changed));
                }
            }
        }
    }

    private void MarkDirty(IEnumerable<string> panels)
    {
        foreach (var panel in panels)
        {
            _dirty[panel] = 0;
        }

        // One pending wake-up is enough: the publisher drains every dirty panel at once.
        if (_signal.CurrentCount == 0)
        {
            _signal.Release();
        }
    }

    public override void Dispose()
    {
        _signal.Dispose();
        base.Dispose();
    }
}
