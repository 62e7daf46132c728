using System.Globalization;
using IocDashboard.Domain.Periods;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IocDashboard.Web.Features.Accounts;

/// <summary>What the sign-in pages share: where to go once signed in, and the Vietnamese words for a refusal.</summary>
public static class SignInFlow
{
    public const string WrongCredentials = "Tên đăng nhập hoặc mật khẩu không đúng.";
    public const string Disabled = "Tài khoản này đã bị vô hiệu hoá. Hãy liên hệ quản trị viên.";

    /// <summary>Only addresses of this site are followed ("/meeting?period=…"); anything else goes home.</summary>
    public static string SafeReturnUrl(PageModel page, string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && page.Url.IsLocalUrl(returnUrl) ? returnUrl : "/";

    /// <summary>Signed in: on to the page asked for, or first to the password change when the password is a one-time one.</summary>
    public static IActionResult Onward(PageModel page, Account account, string? returnUrl) =>
        account.MustChangePassword
            ? page.RedirectToPage("/Account/ChangePassword", new { returnUrl = SafeReturnUrl(page, returnUrl) })
            : page.LocalRedirect(SafeReturnUrl(page, returnUrl));

    /// <summary>"Tài khoản tạm khoá đến 14:35" (local time; the date too when the lockout ends on another day).</summary>
    public static string LockedOut(DateTimeOffset? until, DateTimeOffset now)
    {
        if (until is not { } end)
        {
            return "Tài khoản đang tạm khoá. Hãy thử lại sau.";
        }

        var local = end.ToOffset(ReportingPeriod.VietnamOffset);
        var sameDay = local.Date == now.ToOffset(ReportingPeriod.VietnamOffset).Date;
        var at = local.ToString(sameDay ? "HH:mm" : "HH:mm 'ngày' dd/MM/yyyy", CultureInfo.InvariantCulture);
        return $"Tài khoản tạm khoá đến {at} vì đăng nhập sai quá nhiều lần.";
    }

    /// <summary>The refusal of a sign-in that neither succeeded nor asks for more.</summary>
    public static string Refusal(Microsoft.AspNetCore.Identity.SignInResult result, Account? account, DateTimeOffset now) => result switch
    {
        { IsLockedOut: true } => LockedOut(account?.LockoutEnd, now),
        { IsNotAllowed: true } => Disabled,
        _ => WrongCredentials,
    };
}
