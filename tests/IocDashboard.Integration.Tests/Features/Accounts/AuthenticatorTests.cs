using System.Net;
using System.Text.RegularExpressions;
using IocDashboard.Integration.Tests.Features.Admin;
using IocDashboard.Web.Features.Accounts;
using Npgsql;
using OtpNet;

namespace IocDashboard.Integration.Tests.Features.Accounts;

/// <summary>
/// An Admin turns on the authenticator app at /account/authenticator; from then on the password alone does not sign
/// in. The codes are computed here with Otp.NET from the key Identity stored, not with Identity's own code.
/// </summary>
public sealed partial class AuthenticatorTests
{
    [Fact]
    public async Task An_Admin_with_an_authenticator_needs_its_code_after_the_password()
    {
        await using var host = await AdminHost.StartAsync("ioc_accounts_totp");
        var password = AccountsRig.NewPassword();
        await host.CreateAccountAsync("quan.tri", Roles.Admin, password);
        using var browser = host.Browser();
        await AccountsRig.SignedInAsync(browser, "quan.tri", password);

        var html = await AccountsRig.PageAsync(browser, "/account/authenticator");
        Assert.Contains("data-state=\"off\"", html, StringComparison.Ordinal);
        var shown = KeyField().Match(html).Groups[1].Value;
        var uri = UriField().Match(html).Groups[1].Value;
        var stored = await StoredKeyAsync(host.ConnectionString, "quan.tri");
        Assert.Equal(stored.ToLowerInvariant(), shown.Replace(" ", "", StringComparison.Ordinal));
        Assert.All(shown.Split(' ')[..^1], group => Assert.Equal(4, group.Length));
        Assert.Equal($"otpauth://totp/IOC%20T%C3%A2y%20Ninh:quan.tri?secret={stored}&issuer=IOC%20T%C3%A2y%20Ninh&digits=6", uri);
        var totp = new Totp(Base32Encoding.ToBytes(stored));

        // A wrong code turns nothing on.
        var token = AdminHost.AntiforgeryToken(html);
        using (var wrong = await AccountsRig.PostFormAsync(browser, "/account/authenticator", token, new() { ["Code"] = OtherCode(totp) }))
        {
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            Assert.Contains("Mã xác thực không đúng", await AccountsRig.HtmlAsync(wrong), StringComparison.Ordinal);
        }

        Assert.False((await host.AccountAsync("quan.tri")).TwoFactorEnabled);

        using (var confirmed = await AccountsRig.PostFormAsync(browser, "/account/authenticator", token, new() { ["Code"] = totp.ComputeTotp() }))
        {
            Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        }

        Assert.True((await host.AccountAsync("quan.tri")).TwoFactorEnabled);
        Assert.Contains("data-state=\"on\"", await AccountsRig.PageAsync(browser, "/account/authenticator"), StringComparison.Ordinal);
        var record = Assert.Single(await host.AuditAsync("account.authenticator"));
        Assert.Equal(("quan.tri", "account:quan.tri"), (record.Actor, record.Target));
        Assert.Equal("""{"authenticator": false}""", record.Before);
        Assert.Equal("""{"authenticator": true}""", record.After);

        // Now the password alone leads to the code, and sets no sign-in cookie.
        using var next = host.Browser();
        using (var afterPassword = await AccountsRig.SignInAsync(next, "quan.tri", password, "/account/authenticator"))
        {
            Assert.Equal(HttpStatusCode.Redirect, afterPassword.StatusCode);
            Assert.Equal("/account/login-2fa?returnUrl=%2Faccount%2Fauthenticator", afterPassword.Headers.Location?.OriginalString);
            Assert.Null(AccountsRig.AuthCookieSet(afterPassword));
        }

        const string codePage = "/account/login-2fa?returnUrl=%2Faccount%2Fauthenticator";
        var codeToken = await AccountsRig.TokenAsync(next, codePage);
        using (var wrongCode = await AccountsRig.PostFormAsync(next, codePage, codeToken, new() { ["Code"] = OtherCode(totp) }))
        {
            Assert.Equal(HttpStatusCode.OK, wrongCode.StatusCode);
            Assert.Null(AccountsRig.AuthCookieSet(wrongCode));
            Assert.Contains("Mã xác thực không đúng", await AccountsRig.HtmlAsync(wrongCode), StringComparison.Ordinal);
        }

        using (var rightCode = await AccountsRig.PostFormAsync(next, codePage, codeToken, new() { ["Code"] = totp.ComputeTotp(), ["ReturnUrl"] = "/account/authenticator" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, rightCode.StatusCode);
            Assert.Equal("/account/authenticator", rightCode.Headers.Location?.OriginalString);
            Assert.NotNull(AccountsRig.AuthCookieSet(rightCode));
        }

        Assert.Contains("data-state=\"on\"", await AccountsRig.PageAsync(next, "/account/authenticator"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_Admins_are_offered_an_authenticator_and_the_code_page_needs_the_password_first()
    {
        await using var host = await AdminHost.StartAsync("ioc_accounts_totp_others");
        var password = AccountsRig.NewPassword();
        await host.CreateAccountAsync("chuyen.vien", Roles.Analyst, password);
        using var browser = host.Browser();

        using (var direct = await browser.GetAsync(new Uri("/account/login-2fa", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.Redirect, direct.StatusCode);
            Assert.StartsWith("/account/login", direct.Headers.Location?.OriginalString, StringComparison.Ordinal);
        }

        await AccountsRig.SignedInAsync(browser, "chuyen.vien", password);
        Assert.DoesNotContain("/account/authenticator", await AccountsRig.PageAsync(browser, "/account/logout"), StringComparison.Ordinal);
        using var page = await browser.GetAsync(new Uri("/account/authenticator", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/account/denied", page.Headers.Location?.AbsolutePath);
    }

    /// <summary>A six-digit code that is not valid now nor in the steps around it.</summary>
    private static string OtherCode(Totp totp)
    {
        var now = DateTime.UtcNow;
        var valid = Enumerable.Range(-3, 7).Select(step => totp.ComputeTotp(now.AddSeconds(30 * step))).ToHashSet();
        return Enumerable.Range(0, 1_000_000).Select(n => n.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).First(c => !valid.Contains(c));
    }

    private static async Task<string> StoredKeyAsync(string connectionString, string userName)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            select t.value from auth.user_tokens t join auth.users u on u.id = t.user_id
            where u.user_name = @name and t.name = 'AuthenticatorKey'
            """, connection);
        command.Parameters.AddWithValue("name", userName);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    [GeneratedRegex("<code data-shared-key>([a-z2-7 ]+)</code>")]
    private static partial Regex KeyField();

    [GeneratedRegex("<code data-uri class=\"uri\">([^<]+)</code>")]
    private static partial Regex UriField();
}
