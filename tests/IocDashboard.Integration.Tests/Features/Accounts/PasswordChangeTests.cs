using System.Net;
using IocDashboard.Integration.Tests.Features.Admin;
using IocDashboard.Web.Features.Accounts;

namespace IocDashboard.Integration.Tests.Features.Accounts;

/// <summary>A one-time password opens nothing but the password change, right after the sign-in.</summary>
public sealed class PasswordChangeTests
{
    [Fact]
    public async Task A_one_time_password_leads_to_the_change_and_holds_every_other_page_and_the_API_until_it_is_done()
    {
        await using var host = await AdminHost.StartAsync("ioc_accounts_change");
        var oneTime = AccountsRig.NewPassword();
        await host.CreateAccountAsync("lanh.dao", Roles.Leader, oneTime, mustChangePassword: true);
        using var browser = host.Browser();

        using var signedIn = await AccountsRig.SignInAsync(browser, "lanh.dao", oneTime, "/meeting");
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.NotNull(AccountsRig.AuthCookieSet(signedIn));
        Assert.Equal("/account/change-password?returnUrl=%2Fmeeting", signedIn.Headers.Location?.OriginalString);

        // Held: another page redirects to the change, the API refuses.
        using (var page = await browser.GetAsync(new Uri("/reports?x=1", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
            Assert.Equal("/account/change-password?returnUrl=%2Freports%3Fx%3D1", page.Headers.Location?.OriginalString);
        }

        using (var api = await browser.GetAsync(new Uri("/api/sources", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        }

        const string url = "/account/change-password?returnUrl=%2Fmeeting";
        var html = await AccountsRig.PageAsync(browser, url);
        Assert.Contains("mật khẩu dùng một lần", html, StringComparison.Ordinal);
        var token = AdminHost.AntiforgeryToken(html);

        // Too short, then the same password again: refused, in Vietnamese, and nothing changed.
        using (var tooShort = await AccountsRig.PostFormAsync(browser, url, token,
            new() { ["CurrentPassword"] = oneTime, ["NewPassword"] = "ngắn quá", ["ConfirmPassword"] = "ngắn quá" }))
        {
            Assert.Equal(HttpStatusCode.OK, tooShort.StatusCode);
            Assert.Contains("Mật khẩu phải có ít nhất 12 ký tự.", await AccountsRig.HtmlAsync(tooShort), StringComparison.Ordinal);
        }

        using (var same = await AccountsRig.PostFormAsync(browser, url, token,
            new() { ["CurrentPassword"] = oneTime, ["NewPassword"] = oneTime, ["ConfirmPassword"] = oneTime }))
        {
            Assert.Contains("Mật khẩu mới phải khác mật khẩu hiện tại.", await AccountsRig.HtmlAsync(same), StringComparison.Ordinal);
        }

        Assert.True((await host.AccountAsync("lanh.dao")).MustChangePassword);

        var chosen = "một câu dài dễ nhớ " + Guid.NewGuid().ToString("N")[..6];
        using (var changed = await AccountsRig.PostFormAsync(browser, url, token,
            new() { ["CurrentPassword"] = oneTime, ["NewPassword"] = chosen, ["ConfirmPassword"] = chosen, ["ReturnUrl"] = "/meeting" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
            Assert.Equal("/meeting", changed.Headers.Location?.OriginalString);
        }

        // Free to go on, in the same session.
        Assert.False((await host.AccountAsync("lanh.dao")).MustChangePassword);
        using (var page = await browser.GetAsync(new Uri("/account/logout", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }

        using (var api = await browser.GetAsync(new Uri("/api/sources", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        }

        // The one-time password is spent; the chosen one signs in straight to where it was going.
        using var fresh = host.Browser();
        using (var old = await AccountsRig.SignInAsync(fresh, "lanh.dao", oneTime))
        {
            Assert.Contains(SignInFlow.WrongCredentials, await AccountsRig.HtmlAsync(old), StringComparison.Ordinal);
        }

        using (var again = await AccountsRig.SignInAsync(fresh, "lanh.dao", chosen, "/meeting"))
        {
            Assert.Equal("/meeting", again.Headers.Location?.OriginalString);
        }

        var record = Assert.Single(await host.AuditAsync("account.password-change"));
        Assert.Equal("lanh.dao", record.Actor);
        Assert.Equal("account:lanh.dao", record.Target);
        Assert.True(AccountsRig.Json(record.Before).GetProperty("mustChangePassword").GetBoolean());
        Assert.False(AccountsRig.Json(record.After).GetProperty("mustChangePassword").GetBoolean());
        Assert.DoesNotContain(chosen, record.After, StringComparison.Ordinal);
    }
}
