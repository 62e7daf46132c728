using System.Security.Claims;
using IocDashboard.Web.Features.Tokens;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IocDashboard.Web.Features.Callers;

/// <summary>Who called: <c>kind</c> is account, api, kiosk or anonymous; <c>screen</c> only for a kiosk.</summary>
public sealed record CallerDto(string Kind, string? Name, IReadOnlyList<string> Roles, string? Screen, bool ReadOnly);

/// <summary>
/// GET /api/me, open to anyone: who the caller is, for scripts checking their token and for the checks — the principal
/// the default scheme made (Features/Accounts/CallerScheme: an account, an API token or a kiosk token), or anonymous.
/// A Bearer ioc_api_ token that is unknown or revoked gets the API scheme's 401 (WWW-Authenticate: Bearer) rather than
/// an anonymous answer, so a script learns its token is dead.
/// </summary>
internal static class CallerApi
{
    public static WebApplication MapCallerApi(this WebApplication app)
    {
        // As a Delegate: a method taking only the HttpContext would otherwise bind as a RequestDelegate and its result be dropped.
        app.MapGet("/api/me", (Delegate)GetAsync).WithTags("Callers").AllowAnonymous();
        return app;
    }

    public static async Task<Results<Ok<CallerDto>, ChallengeHttpResult>> GetAsync(HttpContext context)
    {
        if (context.User.Identity is { IsAuthenticated: true })
        {
            return TypedResults.Ok(Describe(context.User));
        }

        // The API scheme's result of this request, already made for the default scheme when a Bearer header came.
        return (await context.AuthenticateAsync(TokenClaims.ApiScheme)).Failure is not null
            ? TypedResults.Challenge(authenticationSchemes: [TokenClaims.ApiScheme])
            : TypedResults.Ok(new CallerDto("anonymous", null, [], null, false));
    }

    private static CallerDto Describe(ClaimsPrincipal user)
    {
        var kind = user.Identity?.AuthenticationType switch
        {
            TokenClaims.ApiScheme => "api",
            TokenClaims.KioskScheme => "kiosk",
            _ => "account",
        };
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new CallerDto(kind, user.Identity?.Name, roles, TokenClaims.Screen(user), TokenClaims.IsReadOnly(user));
    }
}
