using System.Net;
using IocDashboard.Integration.Tests.Features.Admin;
using IocDashboard.Web.Features.Accounts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IocDashboard.Integration.Tests.Features.Accounts;

/// <summary>/account/login as a browser uses it: the cookie, the return address, the antiforgery token, the lockout.</summary>
public sealed class SignInTests
{
    [Fact]
    public async Task The_form_signs_in_with_an_http_only_lax_cookie_and_follows_only_local_return_addresses()
    {
        await using var host = await AdminHost.StartAsync("ioc_accounts_signin");
        var password = AccountsRig.NewPassword();
        await host.CreateAccountAsync("lanh.dao", Roles.Leader, password);

        using var browser = host.Browser();
        using var signedIn = await AccountsRig.SignInAsync(browser, "lanh.dao", password, "/meeting?period=2026-W48");

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/meeting?period=2026-W48", signedIn.Headers.Location?.OriginalString);
        var cookie = AccountsRig.AuthCookieSet(signedIn);
        Assert.NotNull(cookie);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("expires=", cookie, StringComparison.OrdinalIgnoreCase);

        // The pages now know who it is.
        var page = await AccountsRig.PageAsync(browser, "/account/logout");
        Assert.Contains("data-signed-in=\"lanh.dao\"", page, StringComparison.Ordinal);
        Assert.Contains("Người thử lanh.dao", page, StringComparison.Ordinal);

        // Another site's address, or a protocol-relative one, is not followed.
        foreach (var foreign in new[] { "https://ví-dụ.example/", "//ví-dụ.example/x" })
        {
            using var other = host.Browser();
            using var response = await AccountsRig.SignInAsync(other, "lanh.dao", password, foreign);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/", response.Headers.Location?.OriginalString);
        }

        // Signing out is a POST with its token; the cookie goes.
        var token = await AccountsRig.TokenAsync(browser, "/account/logout");
        using var signedOut = await AccountsRig.PostFormAsync(browser, "/account/logout", token, []);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.DoesNotContain("data-signed-in", await AccountsRig.PageAsync(browser, "/account/logout"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_with_400()
    {
        await using var host = await AdminHost.StartAsync("ioc_accounts_csrf");
        var password = AccountsRig.NewPassword();
        await host.CreateAccountAsync("lanh.dao", Roles.Leader, password);
        using var browser = host.Browser();
        await AccountsRig.PageAsync(browser, "/account/login"); // the antiforgery cookie alone is not enough

        using var response = await AccountsRig.PostFormAsync(browser, "/account/login", null, new() { ["UserName"] = "lanh.dao", ["Password"] = password });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(AccountsRig.AuthCookieSet(response));
    }

    [Fact]
    public async Task Wrong_passwords_lock_the_account_and_the_right_one_is_refused_while_it_is_locked()
    {
        await using var host = await AdminHost.StartAsync("ioc_accounts_lockout");
        var password = AccountsRig.NewPassword();
        await host.CreateAccountAsync("chuyen.vien", Roles.Analyst, password);
        var attempts = host.Factory.Services.GetRequiredService<IOptions<AccountsOptions>>().Value.MaxFailedAttempts;
        Assert.Equal(5, attempts);
        using var browser = host.Browser();

        for (var i = 1; i < attempts; i++)
        {
            using var wrong = await AccountsRig.SignInAsync(browser, "chuyen.vien", password + i);
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            Assert.Contains(SignInFlow.WrongCredentials, await AccountsRig.HtmlAsync(wrong), StringComparison.Ordinal);
        }

        using var last = await AccountsRig.SignInAsync(browser, "chuyen.vien", password + "cuối");
        var lockedUntil = (await host.AccountAsync("chuyen.vien")).LockoutEnd;
        Assert.NotNull(lockedUntil);
        Assert.InRange(lockedUntil.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
        var until = lockedUntil.Value.ToOffset(TimeSpan.FromHours(7)).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"Tài khoản tạm khoá đến {until}", await AccountsRig.HtmlAsync(last), StringComparison.Ordinal);

        using var right = await AccountsRig.SignInAsync(browser, "chuyen.vien", password);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Null(AccountsRig.AuthCookieSet(right));
        Assert.Contains($"Tài khoản tạm khoá đến {until}", await AccountsRig.HtmlAsync(right), StringComparison.Ordinal);
    }
}
