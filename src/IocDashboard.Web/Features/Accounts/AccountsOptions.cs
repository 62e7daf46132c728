using System.ComponentModel.DataAnnotations;

namespace IocDashboard.Web.Features.Accounts;

/// <summary>Sign-in settings (section Accounts), validated at start.</summary>
public sealed class AccountsOptions
{
    public const string Section = "Accounts";

    /// <summary>
    /// Not a setting: length is what makes a password hard to guess, so Identity's rules on character classes are off
    /// and this minimum is the one rule (as NIST SP 800-63B advises).
    /// </summary>
    public const int PasswordMinimumLength = 12;

    /// <summary>Failed sign-ins (wrong password or authenticator code) in a row before the account is locked.</summary>
    [Range(1, 100)]
    public int MaxFailedAttempts { get; set; } = 5;

    /// <summary>How long a locked account stays locked.</summary>
    [Range(1, 24 * 60)]
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>How long a session lasts without a request; every request past half of it renews it (sliding).</summary>
    [Range(1, 7 * 24)]
    public int SessionHours { get; set; } = 8;
}
