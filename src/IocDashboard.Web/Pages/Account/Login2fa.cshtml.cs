using System.ComponentModel.DataAnnotations;
using IocDashboard.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IocDashboard.Web.Pages.Account;

/// <summary>
/// /account/login-2fa: the authenticator app's code, after the right password of an account that has one (Identity
/// keeps who it is in the short-lived two-factor cookie). Wrong codes count towards the lockout like wrong passwords.
/// </summary>
public sealed class Login2faModel(SignInManager<Features.Accounts.Account> signIn, TimeProvider clock) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Hãy nhập mã xác thực.")]
    [RegularExpression(@"^\s*\d{3}[\s-]?\d{3}\s*$", ErrorMessage = "Mã xác thực gồm 6 chữ số.")]
    public string Code { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? UserName { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } account)
        {
            return RedirectToPage("/Account/Login", new { returnUrl = ReturnUrl });
        }

        UserName = account.UserName;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } account)
        {
            return RedirectToPage("/Account/Login", new { returnUrl = ReturnUrl });
        }

        UserName = account.UserName;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.TwoFactorAuthenticatorSignInAsync(AuthenticatorSetup.Digits(Code), isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            return SignInFlow.Onward(this, account, ReturnUrl);
        }

        Error = result.IsLockedOut || result.IsNotAllowed
            ? SignInFlow.Refusal(result, await signIn.UserManager.FindByIdAsync(account.Id), clock.GetUtcNow())
            : "Mã xác thực không đúng hoặc đã hết hạn.";
        return Page();
    }
}
