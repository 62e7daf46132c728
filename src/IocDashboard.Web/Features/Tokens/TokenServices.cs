using Microsoft.AspNetCore.Authentication;

namespace IocDashboard.Web.Features.Tokens;

/// <summary>
/// API and kiosk tokens: their store, the issuer the admin page and the commands use, the two authentication schemes
/// (which the app's default scheme forwards to, Features/Accounts/CallerScheme) and the watcher that
/// closes the walls of tokens revoked on other nodes.
/// </summary>
internal static class TokenServices
{
    public static IServiceCollection AddTokens(this IServiceCollection services)
    {
        services.AddOptions<TokenOptions>().BindConfiguration(TokenOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<TokenStore>();
        services.AddSingleton<TokenIssuer>();
        services.AddSingleton<TokenCommands>();
        services.AddSingleton<KioskSessions>();
        services.AddHostedService<KioskRevocationWatcher>();
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(TokenClaims.ApiScheme, null)
            .AddScheme<KioskTokenOptions, KioskTokenHandler>(TokenClaims.KioskScheme, null);
        return services;
    }
}
