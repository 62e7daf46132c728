using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace IocDashboard.Web.Features.Accounts;

/// <summary>
/// Identity's sign-in, refusing a disabled account (<see cref="Account.DisabledAt"/>): its password and authenticator
/// code answer NotAllowed, whatever they are, and nothing is counted towards lockout.
/// </summary>
public sealed class AccountSignInManager(
    UserManager<Account> users,
    IHttpContextAccessor context,
    IUserClaimsPrincipalFactory<Account> claims,
    IOptions<IdentityOptions> options,
    ILogger<SignInManager<Account>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<Account> confirmation)
    : SignInManager<Account>(users, context, claims, options, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(Account user) =>
        user.DisabledAt is null && await base.CanSignInAsync(user);
}
