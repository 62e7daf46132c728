using System.Globalization;
using System.Security.Claims;

namespace IocDashboard.Web.Features.Tokens;

/// <summary>
/// The names of the token schemes, the claims their principals carry and the kiosk cookie, in one place for the
/// handlers, the wall, /api/me and the policies. The app's default scheme forwards to them (Features/Accounts/CallerScheme).
/// </summary>
public static class TokenClaims
{
    /// <summary><c>Authorization: Bearer ioc_api_…</c>; also the principal's authentication type.</summary>
    public const string ApiScheme = "ApiToken";

    /// <summary>The <see cref="KioskCookie"/> or the kiosk token in the query of the wall's addresses; also the authentication type.</summary>
    public const string KioskScheme = "Kiosk";

    /// <summary>The role of every kiosk principal (API tokens carry one of the account roles instead).</summary>
    public const string KioskRole = "Kiosk";

    /// <summary>The cookie a kiosk link sets: HttpOnly, SameSite=Strict, 400 days.</summary>
    public const string KioskCookie = "ioc.kiosk";

    /// <summary>Present ("true") on every token principal: a token may read, never change anything.</summary>
    public const string ReadOnlyType = "ioc:read_only";

    /// <summary>A kiosk principal's screen (a key of Wall:Screens).</summary>
    public const string ScreenType = "ioc:screen";

    /// <summary>The token's id in its table (auth.api_tokens or auth.kiosk_tokens).</summary>
    public const string TokenIdType = "ioc:token_id";

    /// <summary>An API token's principal: named "api:NAME", with the token's role.</summary>
    public static ClaimsPrincipal ApiPrincipal(TokenRecord token) => Principal(ApiScheme, $"api:{token.Name}", token.Role!, token.Id, null);

    /// <summary>A kiosk token's principal: named "kiosk:SCREEN:NAME", role <see cref="KioskRole"/>, with its screen.</summary>
    public static ClaimsPrincipal KioskPrincipal(TokenRecord token) =>
        Principal(KioskScheme, $"kiosk:{token.Screen}:{token.Name}", KioskRole, token.Id, token.Screen);

    public static bool IsReadOnly(ClaimsPrincipal principal) => principal.HasClaim(ReadOnlyType, "true");

    /// <summary>The screen of a kiosk principal; null for any other.</summary>
    public static string? Screen(ClaimsPrincipal principal) => principal.FindFirst(ScreenType)?.Value;

    /// <summary>The id of the token a principal came from; null for a principal not made from a token.</summary>
    public static long? TokenId(ClaimsPrincipal principal) =>
        long.TryParse(principal.FindFirst(TokenIdType)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    private static ClaimsPrincipal Principal(string authenticationType, string name, string role, long id, string? screen)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, name),
            new(ClaimTypes.Role, role),
            new(ReadOnlyType, "true"),
            new(TokenIdType, id.ToString(CultureInfo.InvariantCulture)),
        };
        if (screen is not null)
        {
            claims.Add(new Claim(ScreenType, screen));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType, ClaimTypes.Name, ClaimTypes.Role));
    }
}
