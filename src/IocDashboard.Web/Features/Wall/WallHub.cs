using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace IocDashboard.Web.Features.Wall;

/// <summary>
/// /hubs/wall?screen=NAME: a wall screen joins its group and gets a full snapshot, then only changed panels.
/// A client that sees a gap in the sequence numbers, or reconnects, asks for a snapshot again.
/// </summary>
public sealed class WallHub(WallBroadcaster broadcaster, IOptions<WallOptions> options) : Hub<IWallClient>
{
    public static string Group(string screen) => "screen:" + screen.ToLowerInvariant();

    public override async Task OnConnectedAsync()
    {
        var screen = Screen();
        if (!options.Value.Screens.ContainsKey(screen))
        {
            throw new HubException($"unknown screen '{screen}'");
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, Group(screen));
        await Clients.Caller.Snapshot(await broadcaster.SnapshotAsync(screen, Context.ConnectionAborted));
    }

    public async Task RequestSnapshot() =>
        await Clients.Caller.Snapshot(await broadcaster.SnapshotAsync(Screen(), Context.ConnectionAborted));

    private string Screen() =>
        Context.GetHttpContext()?.Request.Query["screen"].ToString() is { Length: > 0 } screen ? screen : "main";
}
