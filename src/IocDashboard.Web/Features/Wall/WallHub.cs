using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace IocDashboard.Web.Features.Wall;

/// <summary>
/// /hubs/wall?screen=NAME: a wall screen joins its group and gets a full snapshot, then only changed panels.
/// A client that sees a gap in the sequence numbers, or reconnects, asks for a snapshot again. Who may connect is the
/// hub's policy (a kiosk token joins its own screen only); a kiosk connection is closed when its token is revoked
/// (<see cref="WallKioskGate"/>).
/// </summary>
public sealed class WallHub(WallBroadcaster broadcaster, IOptions<WallOptions> options, WallKioskGate kiosks) : Hub<IWallClient>
{
    public static string Group(string screen) => "screen:" + screen.ToLowerInvariant();

    public override async Task OnConnectedAsync()
    {
        var screen = Screen();
        if (!options.Value.Screens.ContainsKey(screen))
        {
            throw new HubException($"unknown screen '{screen}'");
        }

        // Registered before the snapshot, so a screen that shows data can be closed by revoking its token. A revocation
        // between the token's check and here is caught by the watcher's next check.
        if (WallKioskGate.KioskTokenOf(Context) is { } kioskToken)
        {
            kiosks.Register(Context, kioskToken);
        }

        try
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, Group(screen));
            await Clients.Caller.Snapshot(await broadcaster.SnapshotAsync(screen, Context.ConnectionAborted));
        }
        catch
        {
            // OnDisconnectedAsync does not run for a connection whose OnConnectedAsync failed.
            WallKioskGate.Leave(Context);
            throw;
        }
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        WallKioskGate.Leave(Context);
        return base.OnDisconnectedAsync(exception);
    }

    public async Task RequestSnapshot() =>
        await Clients.Caller.Snapshot(await broadcaster.SnapshotAsync(Screen(), Context.ConnectionAborted));

    private string Screen() => Context.GetHttpContext() is { } http ? WallOptions.ScreenOf(http.Request.Query) : WallOptions.DefaultScreen;
}
