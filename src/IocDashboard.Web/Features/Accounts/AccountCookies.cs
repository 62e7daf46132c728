using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace IocDashboard.Web.Features.Accounts;

/// <summary>
/// The sign-in cookie (Identity's application scheme) and the short-lived one between the password and the
/// authenticator code (Identity's two-factor scheme): names, lifetimes, and where a refused request goes.
/// </summary>
internal static class AccountCookies
{
    public const string Name = "ioc.auth";
    public const string TwoFactorName = "ioc.2fa";
    public const string LoginPath = "/account/login";
    public const string LogoutPath = "/account/logout";
    public const string DeniedPath = "/account/denied";

    /// <summary>
    /// The API and the hubs are called by scripts and programs, not people: a refused call answers 401 (not signed in)
    /// or 403 (not allowed) instead of a redirect to a page they cannot show.
    /// </summary>
    public static bool AnswersWithStatus(HttpRequest request) =>
        request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        || request.Path.StartsWithSegments("/hubs", StringComparison.OrdinalIgnoreCase);

    public static IServiceCollection AddAccountCookies(this IServiceCollection services)
    {
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<AccountsOptions>>((cookie, accounts) =>
            {
                cookie.Cookie.Name = Name;
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.LoginPath = LoginPath;
                cookie.LogoutPath = LogoutPath;
                cookie.AccessDeniedPath = DeniedPath;
                cookie.ExpireTimeSpan = TimeSpan.FromHours(accounts.Value.SessionHours);
                cookie.SlidingExpiration = true;

                // Identity set the events (its security-stamp check among them): change two of them, keep the rest.
                var toLogin = cookie.Events.OnRedirectToLogin;
                var toDenied = cookie.Events.OnRedirectToAccessDenied;
                cookie.Events.OnRedirectToLogin = context => AnswersWithStatus(context.Request) ? Status(context, StatusCodes.Status401Unauthorized) : toLogin(context);
                cookie.Events.OnRedirectToAccessDenied = context => AnswersWithStatus(context.Request) ? Status(context, StatusCodes.Status403Forbidden) : toDenied(context);
            });
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, cookie =>
        {
            cookie.Cookie.Name = TwoFactorName;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
        });

        // A disabled account, a reset password or a changed role reaches the sessions already open within a minute:
        // the check reads the account again and rebuilds the cookie's roles.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        return services;
    }

    private static Task Status(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}
