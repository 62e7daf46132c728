using IocDashboard.Web.Features.Accounts;
using IocDashboard.Web.Features.Tokens;
using Microsoft.AspNetCore.Authorization;

namespace IocDashboard.Web.Features.Wall;

/// <summary>
/// Who may see a wall screen (the page and its hub): a kiosk token of that very screen (the <c>screen</c> of the
/// query, main when absent), or a signed-in person or API token of any role.
/// </summary>
public sealed class WallViewer : IAuthorizationRequirement
{
    public static WallViewer Requirement { get; } = new();
}

internal sealed class WallViewerHandler : AuthorizationHandler<WallViewer>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, WallViewer requirement)
    {
        if (TokenClaims.Screen(context.User) is { } screen)
        {
            if (context.Resource is HttpContext http && string.Equals(screen, WallOptions.ScreenOf(http.Request.Query), StringComparison.OrdinalIgnoreCase))
            {
                context.Succeed(requirement);
            }
        }
        else if (Roles.All.Any(role => context.User.IsInRole(role.Name)))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
