using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace IocDashboard.Web.Features.Wall;

/// <summary>
/// Holds the latest panels (shared by every screen) and each screen's sequence number; recomputes only the
/// panels a change touched and pushes them to the screens' groups. One recomputation at a time.
/// </summary>
public sealed class WallBroadcaster(WallPanels panels, IHubContext<WallHub, IWallClient> hub, IOptions<WallOptions> options, TimeProvider clock)
    : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, object> _latest = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _sequence = new(StringComparer.OrdinalIgnoreCase);

    public async Task<WallSnapshot> SnapshotAsync(string screen, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var missing = WallPanels.All.Where(p => !_latest.ContainsKey(p)).ToList();
            if (missing.Count > 0)
            {
                foreach (var (name, panel) in await panels.ComputeAsync(missing, ct))
                {
                    _latest[name] = panel;
                }
            }

            return new WallSnapshot(screen, _sequence.GetValueOrDefault(screen), clock.GetUtcNow(), Config(screen), new Dictionary<string, object>(_latest));
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Recomputes the named panels and sends them to every screen, each with its next sequence number.</summary>
    public async Task PublishAsync(IReadOnlyCollection<string> changed, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var started = clock.GetTimestamp();
            var fresh = await panels.ComputeAsync(changed, ct);
            var computeMs = Math.Round(clock.GetElapsedTime(started).TotalMilliseconds, 1);
            foreach (var (name, panel) in fresh)
            {
                _latest[name] = panel;
            }

            foreach (var screen in options.Value.Screens.Keys)
            {
                var sequence = _sequence[screen] = _sequence.GetValueOrDefault(screen) + 1;
                await hub.Clients.Group(WallHub.Group(screen)).PanelsChanged(new WallUpdate(screen, sequence, clock.GetUtcNow(), fresh, computeMs));
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private WallScreenConfig Config(string screen)
    {
        var s = options.Value.Screens[screen];
        return new WallScreenConfig(s.Title, s.Pages.Count > 0 ? s.Pages : WallScreenOptions.AllPages, s.RotateSeconds, new WallThresholds(s.Green, s.Amber));
    }

    public void Dispose() => _gate.Dispose();
}
