using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace IocDashboard.Web.Features.Tokens;

/// <summary>Where the <see cref="TokenClaims.KioskScheme"/> reads a kiosk token besides its cookie.</summary>
public sealed class KioskTokenOptions : AuthenticationSchemeOptions
{
    /// <summary>
    /// Paths (with everything under them) whose query may carry the token, and the parameter's name there: the wall
    /// declares its page ("token", the kiosk link) and its hub ("access_token", as SignalR clients send it).
    /// </summary>
    public Dictionary<PathString, string> QueryParameters { get; } = [];

    /// <summary>The name of the query parameter that may carry a kiosk token on this request's path, or null.</summary>
    public string? QueryParameterOf(HttpRequest request) =>
        QueryParameters.FirstOrDefault(p => request.Path.StartsWithSegments(p.Key, StringComparison.OrdinalIgnoreCase)).Value;
}

/// <summary>
/// The scheme <see cref="TokenClaims.KioskScheme"/>: a kiosk token from the query of the paths in
/// <see cref="KioskTokenOptions.QueryParameters"/> (first: a new link replaces the cookie), else from the cookie
/// <see cref="TokenClaims.KioskCookie"/> → the principal "kiosk:SCREEN:NAME" with role Kiosk and its screen
/// (<see cref="TokenClaims.KioskPrincipal"/>). No token is no result; a malformed, unknown or revoked one fails. The
/// screen is not checked here: the wall's policy compares the principal's screen with the one asked for. Challenges
/// and refusals answer 403 (<see cref="KioskRefusal"/>).
/// </summary>
internal sealed class KioskTokenHandler(IOptionsMonitor<KioskTokenOptions> options, ILoggerFactory logger, UrlEncoder encoder, TokenStore store)
    : AuthenticationHandler<KioskTokenOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var token = QueryToken() ?? Request.Cookies[TokenClaims.KioskCookie];
        if (string.IsNullOrEmpty(token))
        {
            return AuthenticateResult.NoResult();
        }

        if (!TokenSecret.IsWellFormed(TokenKind.Kiosk, token))
        {
            return AuthenticateResult.Fail("The kiosk token is malformed.");
        }

        if (await store.FindActiveAsync(TokenKind.Kiosk, TokenSecret.Hash(token), Context.RequestAborted) is not { } record)
        {
            return AuthenticateResult.Fail("The kiosk token is unknown or revoked.");
        }

        await store.MarkUsedAsync(record, Context.RequestAborted);
        return AuthenticateResult.Success(new AuthenticationTicket(TokenClaims.KioskPrincipal(record), Scheme.Name));
    }

    /// <summary>A screen cannot sign in: a token that failed is refused, not challenged.</summary>
    protected override Task HandleChallengeAsync(AuthenticationProperties properties) => KioskRefusal.WriteAsync(Context, KioskRefusal.TokenRevoked);

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) => KioskRefusal.WriteAsync(Context, KioskRefusal.OtherScreen);

    private string? QueryToken() =>
        Options.QueryParameterOf(Request) is { } parameter && Request.Query[parameter].ToString() is { Length: > 0 } token ? token : null;
}
