using System.ComponentModel.DataAnnotations;
using IocDashboard.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IocDashboard.Web.Pages.Account;

/// <summary>
/// /account/login: user name and password. Wrong ones count towards the lockout (Accounts:MaxFailedAttempts); an
/// account with an authenticator goes on to /account/login-2fa; a one-time password to /account/change-password.
/// </summary>
public sealed class LoginModel(SignInManager<Features.Accounts.Account> signIn, TimeProvider clock) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Hãy nhập tên đăng nhập.")]
    public string UserName { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Hãy nhập mật khẩu.")]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var account = await signIn.UserManager.FindByNameAsync(UserName.Trim());
        if (account is null)
        {
            Error = SignInFlow.WrongCredentials;
            return Page();
        }

        // A session cookie (not persistent): it ends with the browser, or after Accounts:SessionHours without a request.
        var result = await signIn.PasswordSignInAsync(account, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return SignInFlow.Onward(this, account, ReturnUrl);
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/Login2fa", new { returnUrl = ReturnUrl });
        }

        Error = SignInFlow.Refusal(result, account, clock.GetUtcNow());
        return Page();
    }
}
