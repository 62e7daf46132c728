using Microsoft.AspNetCore.Authorization;

namespace IocDashboard.Web.Features.Accounts;

/// <summary>
/// The authorization policies of the roles, by name, in one place: endpoints and pages say
/// <c>RequireAuthorization(AccessPolicies.Analyst)</c> rather than listing roles. Each policy admits its role and the
/// roles above it.
/// </summary>
public static class AccessPolicies
{
    /// <summary>The meeting view and the reports: Leader, Analyst, Admin.</summary>
    public const string Leader = "Leader";

    /// <summary>Also uploads and the quarantine: Analyst, Admin.</summary>
    public const string Analyst = "Analyst";

    /// <summary>Also jobs, the Hangfire dashboard, sources, accounts and wall screens: Admin.</summary>
    public const string Admin = "Admin";

    public static AuthorizationBuilder AddAccessPolicies(this AuthorizationBuilder authorization) => authorization
        .AddPolicy(Leader, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Leader, Roles.Analyst, Roles.Admin))
        .AddPolicy(Analyst, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Analyst, Roles.Admin))
        .AddPolicy(Admin, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Admin));
}
