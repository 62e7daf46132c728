using Microsoft.AspNetCore.Identity;

namespace IocDashboard.Web.Features.Accounts;

/// <summary>
/// A person who signs in (auth.users). Identity's user with what the operations centre needs beside it: a name to
/// show, whether the password is a one-time password that must be replaced, and whether an administrator disabled it.
/// </summary>
public sealed class Account : IdentityUser
{
    /// <summary>The name shown on the pages ("Nguyễn Văn A"); the user name stays the sign-in name.</summary>
    [PersonalData]
    public string DisplayName { get; set; } = "";

    /// <summary>
    /// The password was handed out (a new account, a reset, the create-admin command): the next sign-in must replace it
    /// before anything else (<see cref="PasswordChangeGate"/>).
    /// </summary>
    public bool MustChangePassword { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>
    /// When an administrator disabled the account, null while it is enabled. Kept apart from Identity's lockout (which
    /// counts failed sign-ins and ends by itself) so that the list can tell the two apart and an unlock never enables.
    /// </summary>
    public DateTimeOffset? DisabledAt { get; set; }
}
