using IocDashboard.Web.Features.Tokens;
using Microsoft.AspNetCore.SignalR;

namespace IocDashboard.Web.Features.Wall;

/// <summary>
/// The hub connections of kiosk tokens, kept in <see cref="KioskSessions"/> with their abort so that revoking a token
/// closes its walls. Who may connect at all is the hub's policy (<c>AccessPolicies.Wall</c>: a kiosk token of that
/// screen, or a signed-in role); a refused screen hears why from <see cref="KioskRefusal"/>.
/// </summary>
public sealed class WallKioskGate(KioskSessions sessions)
{
    private static readonly object SessionKey = new();

    /// <summary>The kiosk token's id when the connection came with one; null for a person or an API token.</summary>
    public static long? KioskTokenOf(HubCallerContext connection) =>
        connection.User is { } user && TokenClaims.Screen(user) is not null ? TokenClaims.TokenId(user) : null;

    /// <summary>Keeps an admitted connection until it ends (<see cref="Leave"/>).</summary>
    public void Register(HubCallerContext connection, long tokenId) =>
        connection.Items[SessionKey] = sessions.Add(tokenId, connection.ConnectionId, connection.Abort);

    public static void Leave(HubCallerContext connection)
    {
        if (connection.Items.TryGetValue(SessionKey, out var registration) && registration is IDisposable disposable)
        {
            disposable.Dispose();
        }
    }
}
