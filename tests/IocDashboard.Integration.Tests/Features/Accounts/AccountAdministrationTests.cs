using System.Net;
using System.Text.RegularExpressions;
using IocDashboard.Integration.Tests.Features.Admin;
using IocDashboard.Web.Features.Accounts;

namespace IocDashboard.Integration.Tests.Features.Accounts;

/// <summary>/admin/accounts: every action works through the page's forms and leaves its audit record, without secrets.</summary>
public sealed partial class AccountAdministrationTests
{
    private const string Page = "/admin/accounts";

    [Fact]
    public async Task An_Admin_creates_changes_disables_enables_and_resets_accounts_and_each_change_is_audited()
    {
        await using var host = await AdminHost.StartAsync("ioc_accounts_admin");
        var adminPassword = AccountsRig.NewPassword();
        await host.CreateAccountAsync("quan.tri", Roles.Admin, adminPassword);
        using var admin = host.Browser();
        await AccountsRig.SignedInAsync(admin, "quan.tri", adminPassword);

        // Create: the one-time password is in the answer, once.
        var token = await AccountsRig.TokenAsync(admin, Page);
        using var created = await AccountsRig.PostFormAsync(admin, Page + "?handler=Create", token,
            new() { ["UserName"] = "lanh.dao", ["DisplayName"] = "Nguyễn Văn Lãnh Đạo", ["Role"] = Roles.Leader });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.True(created.Headers.CacheControl?.NoStore);
        var createdHtml = await AccountsRig.HtmlAsync(created);
        var oneTime = OneTimePassword().Match(createdHtml).Groups[1].Value;
        Assert.Equal(20, oneTime.Length);
        Assert.Contains("Đã tạo tài khoản lanh.dao (Lãnh đạo).", createdHtml, StringComparison.Ordinal);
        var listed = await AccountsRig.PageAsync(admin, Page);
        Assert.DoesNotContain(oneTime, listed, StringComparison.Ordinal);
        Assert.Contains("Nguyễn Văn Lãnh Đạo", listed, StringComparison.Ordinal);
        Assert.Contains("chờ đổi mật khẩu dùng một lần", listed, StringComparison.Ordinal);
        var id = (await host.AccountAsync("lanh.dao")).Id;
        Assert.Contains("<td data-authenticator>tắt</td>", listed, StringComparison.Ordinal);

        // The same name again is refused.
        using (var twin = await AccountsRig.PostFormAsync(admin, Page + "?handler=Create", token,
            new() { ["UserName"] = "LANH.DAO", ["Role"] = Roles.Analyst }))
        {
            var html = await AccountsRig.HtmlAsync(twin);
            Assert.Contains("Tên đăng nhập 'LANH.DAO' đã có người dùng.", html, StringComparison.Ordinal);
            Assert.DoesNotMatch(OneTimePassword(), html);
        }

        // Role, disable, enable: redirect back with a notice.
        await ActAsync(admin, token, $"?handler=Role&id={id}", new() { ["role"] = Roles.Analyst }, "Đã đổi vai trò của lanh.dao thành Chuyên viên phân tích.");
        await ActAsync(admin, token, $"?handler=Disable&id={id}", [], "Đã vô hiệu hoá lanh.dao.");
        Assert.Contains("đã vô hiệu hoá", await AccountsRig.PageAsync(admin, Page), StringComparison.Ordinal);
        using (var refused = host.Browser())
        {
            using var response = await AccountsRig.SignInAsync(refused, "lanh.dao", oneTime);
            Assert.Null(AccountsRig.AuthCookieSet(response));
            Assert.Contains(SignInFlow.Disabled, await AccountsRig.HtmlAsync(response), StringComparison.Ordinal);
        }

        await ActAsync(admin, token, $"?handler=Enable&id={id}", [], "Đã cho lanh.dao hoạt động trở lại.");

        // Reset: a new one-time password, shown once; the first one is spent.
        using var reset = await AccountsRig.PostFormAsync(admin, $"{Page}?handler=Reset&id={id}", token, []);
        var second = OneTimePassword().Match(await AccountsRig.HtmlAsync(reset)).Groups[1].Value;
        Assert.NotEqual(oneTime, second);
        using (var user = host.Browser())
        {
            using var old = await AccountsRig.SignInAsync(user, "lanh.dao", oneTime);
            Assert.Null(AccountsRig.AuthCookieSet(old));
            using var signedIn = await AccountsRig.SignInAsync(user, "lanh.dao", second);
            Assert.StartsWith("/account/change-password", signedIn.Headers.Location?.OriginalString, StringComparison.Ordinal);
        }

        // The audit log: who, what, on which account, before and after, and no password anywhere.
        var records = (await host.AuditAsync("account")).Reverse().ToList();
        Assert.Equal(["account.create", "account.role", "account.disable", "account.enable", "account.password-reset"], records.Select(r => r.Action));
        Assert.All(records, r => Assert.Equal(("quan.tri", "account:lanh.dao"), (r.Actor, r.Target)));
        Assert.All(records, r => Assert.NotNull(r.RemoteAddress));
        Assert.All(records, r => Assert.DoesNotContain(oneTime, r.Before + r.After, StringComparison.Ordinal));
        Assert.All(records, r => Assert.DoesNotContain(second, r.Before + r.After, StringComparison.Ordinal));
        Assert.Null(records[0].Before);
        Assert.Equal("""{"role": "Leader", "userName": "lanh.dao", "displayName": "Nguyễn Văn Lãnh Đạo", "mustChangePassword": true}""", records[0].After);
        Assert.Equal(("""{"role": "Leader"}""", """{"role": "Analyst"}"""), (records[1].Before, records[1].After));
        Assert.Equal(("""{"disabled": false}""", """{"disabled": true}"""), (records[2].Before, records[2].After));
        Assert.Equal(("""{"disabled": true}""", """{"disabled": false}"""), (records[3].Before, records[3].After));
        Assert.True(AccountsRig.Json(records[4].After).GetProperty("mustChangePassword").GetBoolean());
    }

    [Fact]
    public async Task An_Admin_cannot_disable_or_demote_itself()
    {
        await using var host = await AdminHost.StartAsync("ioc_accounts_self");
        var password = AccountsRig.NewPassword();
        var self = await host.CreateAccountAsync("quan.tri", Roles.Admin, password);
        using var admin = host.Browser();
        await AccountsRig.SignedInAsync(admin, "quan.tri", password);
        var token = await AccountsRig.TokenAsync(admin, Page);

        await ActAsync(admin, token, $"?handler=Disable&id={self.Id}", [], "Không thể tự vô hiệu hoá tài khoản của chính mình.");
        await ActAsync(admin, token, $"?handler=Role&id={self.Id}", new() { ["role"] = Roles.Leader }, "Không thể tự đổi vai trò của chính mình.");

        var stored = await host.AccountAsync("quan.tri");
        Assert.Null(stored.DisabledAt);
        Assert.Empty(await host.AuditAsync("account"));
    }

    [Fact]
    public async Task Others_are_sent_to_the_sign_in_page_or_to_the_refusal()
    {
        await using var host = await AdminHost.StartAsync("ioc_accounts_challenge");
        var password = AccountsRig.NewPassword();
        await host.CreateAccountAsync("lanh.dao", Roles.Leader, password);
        using var browser = host.Browser();

        using (var anonymous = await browser.GetAsync(new Uri("/admin/accounts", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
            Assert.Equal("/account/login?ReturnUrl=%2Fadmin%2Faccounts", anonymous.Headers.Location?.PathAndQuery);
        }

        await AccountsRig.SignedInAsync(browser, "lanh.dao", password);
        using (var leader = await browser.GetAsync(new Uri("/admin/accounts", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.Redirect, leader.StatusCode);
            Assert.Equal("/account/denied", leader.Headers.Location?.AbsolutePath);
        }

        Assert.Contains("Không có quyền truy cập", await AccountsRig.PageAsync(browser, "/account/denied"), StringComparison.Ordinal);
    }

    /// <summary>Posts an action, follows its redirect back to the page, and requires the notice.</summary>
    private static async Task ActAsync(HttpClient admin, string token, string query, Dictionary<string, string> fields, string notice)
    {
        using var response = await AccountsRig.PostFormAsync(admin, Page + query, token, fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"POST {query} → {(int)response.StatusCode}: {await AccountsRig.HtmlAsync(response)}");
        Assert.Contains(notice, await AccountsRig.PageAsync(admin, Page), StringComparison.Ordinal);
    }

    [GeneratedRegex("<code class=\"secret\" data-one-time-password>([^<]+)</code>")]
    private static partial Regex OneTimePassword();
}
