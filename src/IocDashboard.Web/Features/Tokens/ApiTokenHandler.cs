using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace IocDashboard.Web.Features.Tokens;

/// <summary>
/// The scheme <see cref="TokenClaims.ApiScheme"/>: <c>Authorization: Bearer ioc_api_…</c> → the principal "api:NAME" with
/// the token's role (<see cref="TokenClaims.ApiPrincipal"/>). No header, or a Bearer token of another form, is no
/// result (another scheme may own it); a malformed, unknown or revoked ioc_api_ token fails. The challenge is 401 with
/// <c>WWW-Authenticate: Bearer</c> (RFC 6750), with <c>error="invalid_token"</c> when a token was sent and refused.
/// </summary>
internal sealed class ApiTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, TokenStore store)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string Bearer = "Bearer ";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var token = header[Bearer.Length..].Trim();
        if (!token.StartsWith(TokenSecret.ApiPrefix, StringComparison.Ordinal))
        {
            return AuthenticateResult.NoResult();
        }

        if (!TokenSecret.IsWellFormed(TokenKind.Api, token))
        {
            return AuthenticateResult.Fail("The API token is malformed.");
        }

        if (await store.FindActiveAsync(TokenKind.Api, TokenSecret.Hash(token), Context.RequestAborted) is not { } record)
        {
            return AuthenticateResult.Fail("The API token is unknown or revoked.");
        }

        await store.MarkUsedAsync(record, Context.RequestAborted);
        return AuthenticateResult.Success(new AuthenticationTicket(TokenClaims.ApiPrincipal(record), Scheme.Name));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var refused = (await HandleAuthenticateOnceSafeAsync()).Failure is not null;
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = refused ? "Bearer error=\"invalid_token\"" : "Bearer";
    }
}
