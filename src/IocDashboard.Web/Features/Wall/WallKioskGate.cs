using IocDashboard.Web.Features.Tokens;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.SignalR;

namespace IocDashboard.Web.Features.Wall;

/// <summary>
/// Which hub connections a kiosk token admits, authenticated with the <see cref="TokenClaims.KioskScheme"/> (cookie, or
/// access_token): without a token the wall is open as it has always been; a live token joins its own screen only; a
/// malformed, unknown or revoked token is refused, so that a revoked screen stays refused rather than falling back to
/// an open wall. An admitted connection is kept in <see cref="KioskSessions"/> with its abort, so revoking closes it.
/// </summary>
public sealed class WallKioskGate(KioskSessions sessions)
{
    /// <summary>The start of the refusal's message, which the wall's script recognises (wwwroot/wall/js/hub.js).</summary>
    public const string TokenRevoked = "kiosk-token-revoked";

    public const string OtherScreen = "kiosk-other-screen";

    private static readonly object SessionKey = new();

    /// <summary>The kiosk token's id when the connection came with one for <paramref name="screen"/>; null without a token; throws a HubException otherwise.</summary>
    public static async Task<long?> AdmitAsync(HubCallerContext connection, string screen)
    {
        if (connection.GetHttpContext() is not { } http)
        {
            return null;
        }

        var result = await http.AuthenticateAsync(TokenClaims.KioskScheme);
        if (result.None)
        {
            return null;
        }

        if (!result.Succeeded)
        {
            throw new HubException($"{TokenRevoked}: the kiosk token is revoked or unknown");
        }

        var tokenScreen = TokenClaims.Screen(result.Principal);
        if (!string.Equals(tokenScreen, screen, StringComparison.OrdinalIgnoreCase))
        {
            throw new HubException($"{OtherScreen}: the kiosk token is for screen '{tokenScreen}', not '{screen}'");
        }

        return TokenClaims.TokenId(result.Principal);
    }

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
