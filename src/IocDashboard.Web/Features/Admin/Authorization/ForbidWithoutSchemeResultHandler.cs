using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace IocDashboard.Web.Features.Admin.Authorization;

/// <summary>
/// A failed policy asks the authentication scheme to challenge (the sign-in page) or forbid. Two failures answer 403
/// instead: a request from elsewhere refused by <see cref="LoopbackRequirement"/>, which no sign-in can satisfy (the
/// sign-in page would only lead back to the refusal), and any refusal while no scheme is registered (the framework
/// would throw, and the caller would see a 500). Otherwise the framework's own handling applies unchanged.
/// </summary>
internal sealed class ForbidWithoutSchemeResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if ((authorizeResult.Challenged || authorizeResult.Forbidden)
            && (RefusedFromElsewhere(context, policy) || (policy.AuthenticationSchemes.Count == 0 && !await HasSchemeAsync(context))))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }

    private static bool RefusedFromElsewhere(HttpContext context, AuthorizationPolicy policy) =>
        policy.Requirements.OfType<LoopbackRequirement>().Any()
        && !(context.Connection.RemoteIpAddress is { } address && LoopbackRequirementHandler.IsLoopback(address));

    private static async Task<bool> HasSchemeAsync(HttpContext context) =>
        context.RequestServices.GetService<IAuthenticationSchemeProvider>() is { } schemes
        && (await schemes.GetDefaultChallengeSchemeAsync() is not null || await schemes.GetDefaultForbidSchemeAsync() is not null);
}
