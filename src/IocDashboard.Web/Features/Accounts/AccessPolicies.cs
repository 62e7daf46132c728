using IocDashboard.Web.Features.Tokens;
using IocDashboard.Web.Features.Wall;
using Microsoft.AspNetCore.Authorization;

namespace IocDashboard.Web.Features.Accounts;

/// <summary>
/// The authorization policies, by name, in one place: endpoints and pages say
/// <c>RequireAuthorization(AccessPolicies.Analyst)</c> rather than listing roles. Each role policy admits its role and
/// the roles above it, people and API tokens alike, and refuses tokens anything but reading
/// (<see cref="ReadOnlyCallersOnlyRead"/>). An endpoint that declares no policy falls back to Admin's: nothing is open
/// by omission (and the route-matrix test names the endpoint).
/// </summary>
public static class AccessPolicies
{
    /// <summary>The API's reads, the meeting view and the reports: Leader, Analyst, Admin.</summary>
    public const string Leader = "Leader";

    /// <summary>Also uploads, the quarantine and generating reports: Analyst, Admin.</summary>
    public const string Analyst = "Analyst";

    /// <summary>Also jobs, the Hangfire dashboard, sources, accounts, tokens and the audit log: Admin.</summary>
    public const string Admin = "Admin";

    /// <summary>A wall screen, page and hub: that screen's kiosk token, or any role (<see cref="WallViewer"/>).</summary>
    public const string Wall = "Wall";

    public static AuthorizationBuilder AddAccessPolicies(this AuthorizationBuilder authorization)
    {
        authorization.Services.AddSingleton<IAuthorizationHandler, ReadOnlyCallersOnlyReadHandler>();
        authorization.Services.AddSingleton<IAuthorizationHandler, WallViewerHandler>();
        var admin = RolePolicy(Roles.Admin);
        return authorization
            .AddPolicy(Leader, RolePolicy(Roles.Leader, Roles.Analyst, Roles.Admin))
            .AddPolicy(Analyst, RolePolicy(Roles.Analyst, Roles.Admin))
            .AddPolicy(Admin, admin)
            .AddPolicy(Wall, policy => policy.RequireAuthenticatedUser().AddRequirements(WallViewer.Requirement))
            // [Authorize] alone (the password change): a signed-in person, whatever the role; never a token.
            .SetDefaultPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser()
                .RequireAssertion(context => TokenClaims.TokenId(context.User) is null).Build())
            .SetFallbackPolicy(admin);
    }

    private static AuthorizationPolicy RolePolicy(params string[] roles) => new AuthorizationPolicyBuilder()
        .RequireAuthenticatedUser()
        .RequireRole(roles)
        .AddRequirements(ReadOnlyCallersOnlyRead.Requirement)
        .Build();
}
