namespace IocDashboard.Web.Features.Accounts;

/// <summary>
/// Holds a signed-in account whose password is a one-time password (<see cref="AccountClaims.MustChangePassword"/>)
/// at /account/change-password: every other page redirects there (with the page as returnUrl), the API and hubs answer
/// 403. The account pages themselves stay reachable, so the user can change the password or sign out.
/// </summary>
internal sealed class PasswordChangeGate(RequestDelegate next)
{
    public const string ChangePasswordPath = "/account/change-password";

    public Task InvokeAsync(HttpContext context)
    {
        if (!AccountClaims.MustChangePassword(context.User) || context.Request.Path.StartsWithSegments("/account", StringComparison.OrdinalIgnoreCase))
        {
            return next(context);
        }

        if (AccountCookies.AnswersWithStatus(context.Request))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        }

        var here = context.Request.PathBase + context.Request.Path + context.Request.QueryString;
        context.Response.Redirect($"{context.Request.PathBase}{ChangePasswordPath}?returnUrl={Uri.EscapeDataString(here)}");
        return Task.CompletedTask;
    }
}
