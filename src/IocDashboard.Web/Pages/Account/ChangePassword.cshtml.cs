using System.ComponentModel.DataAnnotations;
using IocDashboard.Web.Features.Accounts;
using IocDashboard.Web.Features.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IocDashboard.Web.Pages.Account;

/// <summary>
/// /account/change-password: any signed-in account changes its own password. Right after a sign-in with a one-time
/// password nothing else opens until this is done (<see cref="PasswordChangeGate"/>).
/// </summary>
public sealed class ChangePasswordModel(SignInManager<Features.Accounts.Account> signIn, AuditTrail audit) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Hãy nhập mật khẩu hiện tại.")]
    public string CurrentPassword { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Hãy nhập mật khẩu mới.")]
    public string NewPassword { get; set; } = "";

    [BindProperty]
    [Compare(nameof(NewPassword), ErrorMessage = "Hai lần nhập mật khẩu mới không khớp.")]
    public string ConfirmPassword { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool Required => AccountClaims.MustChangePassword(User);

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (await signIn.UserManager.GetUserAsync(User) is not { } account)
        {
            return Challenge();
        }

        if (NewPassword == CurrentPassword)
        {
            Errors = ["Mật khẩu mới phải khác mật khẩu hiện tại."];
            return Page();
        }

        var wasRequired = account.MustChangePassword;
        account.MustChangePassword = false;
        var result = await signIn.UserManager.ChangePasswordAsync(account, CurrentPassword, NewPassword);
        if (!result.Succeeded)
        {
            account.MustChangePassword = wasRequired;
            Errors = result.Errors.Select(e => e.Description).ToList();
            return Page();
        }

        await audit.RecordAsync(HttpContext, "account.password-change", $"account:{account.UserName}",
            new { mustChangePassword = wasRequired }, new { mustChangePassword = false }, ct);

        // The change renewed the security stamp: a new cookie keeps this session (and drops the flag), others end.
        await signIn.RefreshSignInAsync(account);
        return LocalRedirect(SignInFlow.SafeReturnUrl(this, ReturnUrl));
    }
}
