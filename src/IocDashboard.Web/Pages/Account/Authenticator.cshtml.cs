using IocDashboard.Web.Features.Accounts;
using IocDashboard.Web.Features.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IocDashboard.Web.Pages.Account;

/// <summary>
/// /account/authenticator: an Admin turns on (or off) the authenticator app's code at sign-in, with Identity's own
/// authenticator provider (TOTP; the key in auth.user_tokens). Optional, and for Admins only: their account can change
/// every other. Turning it on or off takes a valid code, so a forgotten session alone cannot.
/// </summary>
public sealed class AuthenticatorModel(SignInManager<Features.Accounts.Account> signIn, AuditTrail audit) : PageModel
{
    private UserManager<Features.Accounts.Account> Users => signIn.UserManager;

    [BindProperty]
    public string Code { get; set; } = "";

    [TempData]
    public string? Notice { get; set; }

    public bool Enabled { get; private set; }

    public string? SharedKey { get; private set; }

    public string? AuthenticatorUri { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await Users.GetUserAsync(User) is { } account ? await ShowAsync(account) : Challenge();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct) => await Users.GetUserAsync(User) is not { } account
        ? Challenge()
        : await SwitchAsync(account, true, "Đã bật xác thực hai bước.", ct);

    public async Task<IActionResult> OnPostDisableAsync(CancellationToken ct) => await Users.GetUserAsync(User) is not { } account
        ? Challenge()
        : await SwitchAsync(account, false, "Đã tắt xác thực hai bước.", ct);

    private async Task<IActionResult> SwitchAsync(Features.Accounts.Account account, bool on, string done, CancellationToken ct)
    {
        if (account.TwoFactorEnabled == on)
        {
            return RedirectToPage();
        }

        var provider = Users.Options.Tokens.AuthenticatorTokenProvider;
        if (!await Users.VerifyTwoFactorTokenAsync(account, provider, AuthenticatorSetup.Digits(Code)))
        {
            Error = "Mã xác thực không đúng. Hãy kiểm tra giờ trên điện thoại và nhập mã đang hiển thị.";
            return await ShowAsync(account);
        }

        await Users.SetTwoFactorEnabledAsync(account, on);
        if (!on)
        {
            // The old key is of no use any more; turning it on again shows a new one.
            await Users.ResetAuthenticatorKeyAsync(account);
        }

        await audit.RecordAsync(HttpContext, "account.authenticator", $"account:{account.UserName}", new { authenticator = !on }, new { authenticator = on }, ct);
        await signIn.RefreshSignInAsync(account);
        Notice = done;
        return RedirectToPage();
    }

    private async Task<IActionResult> ShowAsync(Features.Accounts.Account account)
    {
        Enabled = account.TwoFactorEnabled;
        if (!Enabled)
        {
            var key = await Users.GetAuthenticatorKeyAsync(account);
            if (string.IsNullOrEmpty(key))
            {
                await Users.ResetAuthenticatorKeyAsync(account);
                key = await Users.GetAuthenticatorKeyAsync(account);

                // The new key renewed the security stamp: renew this session's cookie with it, or it would end.
                await signIn.RefreshSignInAsync(account);
            }

            SharedKey = AuthenticatorSetup.Grouped(key!);
            AuthenticatorUri = AuthenticatorSetup.Uri(account.UserName!, key!);
        }

        return Page();
    }
}
