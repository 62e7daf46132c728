using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace IocDashboard.Web.Features.Accounts;

/// <summary>
/// What the sign-in cookie says about an account beside Identity's name, id and roles: the name to show and whether
/// the password must be changed first. Rebuilt from the database at every sign-in and security-stamp check.
/// </summary>
public sealed class AccountClaims(UserManager<Account> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<Account, IdentityRole>(users, roles, options)
{
    public const string DisplayNameType = "ioc:display_name";
    public const string MustChangePasswordType = "ioc:must_change_password";

    public static bool MustChangePassword(ClaimsPrincipal user) => user.HasClaim(MustChangePasswordType, "true");

    /// <summary>The name to show for the signed-in user: the display name, else the user name.</summary>
    public static string? DisplayName(ClaimsPrincipal user) =>
        user.FindFirstValue(DisplayNameType) is { Length: > 0 } name ? name : user.Identity?.Name;

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(Account user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayNameType, user.DisplayName));
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(MustChangePasswordType, "true"));
        }

        return identity;
    }
}
