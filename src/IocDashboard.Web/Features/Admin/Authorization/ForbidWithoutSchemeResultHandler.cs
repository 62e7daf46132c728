using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace IocDashboard.Web.Features.Admin.Authorization;

/// <summary>
/// A failed policy asks the authentication scheme to challenge or forbid; with no scheme registered (none exists
/// before the app has sign-in) that throws and the caller would see a 500. Here it answers 403 instead. Once a scheme exists the
/// framework's own handling applies unchanged.
/// </summary>
internal sealed class ForbidWithoutSchemeResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if ((authorizeResult.Challenged || authorizeResult.Forbidden) && policy.AuthenticationSchemes.Count == 0 && !await HasSchemeAsync(context))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }

    private static async Task<bool> HasSchemeAsync(HttpContext context) =>
        context.RequestServices.GetService<IAuthenticationSchemeProvider>() is { } schemes
        && (await schemes.GetDefaultChallengeSchemeAsync() is not null || await schemes.GetDefaultForbidSchemeAsync() is not null);
}
