using IocDashboard.Web.Features.Tokens;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace IocDashboard.Web.Features.Accounts;

/// <summary>
/// The app's default authentication scheme: one request, one kind of caller, chosen from what it carries. A Bearer
/// header is a script's API token (<see cref="TokenClaims.ApiScheme"/>); the sign-in cookie is a person
/// (Identity's application cookie); a kiosk cookie or a kiosk link's token without a sign-in cookie is a wall screen
/// (<see cref="TokenClaims.KioskScheme"/>); anything else is a person not signed in yet, so the sign-in cookie's
/// challenge applies (the sign-in page, or 401 for the API). The scheme chosen also answers the challenge and the
/// refusal, so a script gets <c>WWW-Authenticate: Bearer</c>, a person the sign-in page, a wall screen its refusal.
/// </summary>
public static class CallerScheme
{
    public const string Name = "Caller";

    public static string Select(HttpContext context)
    {
        var request = context.Request;
        if (request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return TokenClaims.ApiScheme;
        }

        if (!request.Cookies.ContainsKey(AccountCookies.Name) && CarriesKioskToken(request))
        {
            return TokenClaims.KioskScheme;
        }

        return IdentityConstants.ApplicationScheme;
    }

    /// <summary>
    /// After Identity (which makes its cookie the default of everything): the caller scheme becomes the default for
    /// authenticating, challenging and refusing. Signing in stays with Identity, which names its schemes itself.
    /// </summary>
    public static IServiceCollection AddCallerScheme(this IServiceCollection services)
    {
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = Name;
                options.DefaultAuthenticateScheme = Name;
                options.DefaultChallengeScheme = Name;
                options.DefaultForbidScheme = Name;
            })
            .AddPolicyScheme(Name, "Tài khoản, mã API hoặc mã màn hình", options => options.ForwardDefaultSelector = Select);
        return services;
    }

    /// <summary>The kiosk cookie, or the parameter of a kiosk link or the wall's hub even empty (a link cut short is refused as a screen's, not sent to sign in).</summary>
    private static bool CarriesKioskToken(HttpRequest request) =>
        request.Cookies.ContainsKey(TokenClaims.KioskCookie)
        || request.HttpContext.RequestServices.GetRequiredService<IOptionsMonitor<KioskTokenOptions>>().Get(TokenClaims.KioskScheme)
            .QueryParameterOf(request) is { } parameter && request.Query.ContainsKey(parameter);
}
