using System.Net;
using System.Text.RegularExpressions;
using IocDashboard.Integration.Tests.Features.Admin;
using IocDashboard.Integration.Tests.Infrastructure;
using IocDashboard.Web.Features.Accounts;

namespace IocDashboard.Integration.Tests.Features.Accounts;

/// <summary>`dotnet IocDashboard.Web.dll create-admin NAME [--reset]`, run as a process as an operator runs it.</summary>
public sealed partial class CreateAdminCommandTests
{
    [Fact]
    public async Task Create_admin_prints_a_one_time_password_that_signs_in_refuses_an_existing_name_and_resets_it_on_request()
    {
        await using var host = await AdminHost.StartAsync("ioc_accounts_cli");
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__Warehouse"] = host.ConnectionString,
            ["Ingestion__Enabled"] = "false",
        };
        var patience = TimeSpan.FromMinutes(2);

        var (created, output, error) = await ProcessHost.RunAsync("IocDashboard.Web", environment, patience, "create-admin", "quan.tri");
        Assert.True(created == 0, $"exit {created}: {output}\n{error}");
        var first = PrintedPassword().Match(output);
        Assert.True(first.Success, output);
        var password = first.Groups[1].Value;
        Assert.True(password.Length >= 16, password);

        var account = await host.AccountAsync("quan.tri");
        Assert.True(account.MustChangePassword);
        Assert.Equal("quan.tri", account.DisplayName);
        using (var browser = host.Browser())
        {
            using var signedIn = await AccountsRig.SignInAsync(browser, "quan.tri", password);
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
            Assert.NotNull(AccountsRig.AuthCookieSet(signedIn));
            Assert.StartsWith("/account/change-password", signedIn.Headers.Location?.OriginalString, StringComparison.Ordinal);
        }

        // The name is taken: refused with a clear message, nothing changed.
        var (again, againOutput, againError) = await ProcessHost.RunAsync("IocDashboard.Web", environment, patience, "create-admin", "quan.tri");
        Assert.Equal(1, again);
        Assert.DoesNotContain("one-time password:", againOutput, StringComparison.Ordinal);
        Assert.Contains("account quan.tri already exists; `create-admin quan.tri --reset` gives it a new one-time password", againError, StringComparison.Ordinal);

        // --reset: a new one-time password; the old one no longer signs in.
        var (reset, resetOutput, resetError) = await ProcessHost.RunAsync("IocDashboard.Web", environment, patience, "create-admin", "quan.tri", "--reset");
        Assert.True(reset == 0, $"exit {reset}: {resetOutput}\n{resetError}");
        var second = PrintedPassword().Match(resetOutput).Groups[1].Value;
        Assert.NotEqual(password, second);
        using (var browser = host.Browser())
        {
            using var old = await AccountsRig.SignInAsync(browser, "quan.tri", password);
            Assert.Null(AccountsRig.AuthCookieSet(old));
            await AccountsRig.SignedInAsync(browser, "quan.tri", second);
        }

        var records = await host.AuditAsync("account");
        Assert.Equal(["account.password-reset", "account.create"], records.Select(r => r.Action));
        Assert.All(records, r => Assert.StartsWith("cli:", r.Actor, StringComparison.Ordinal));
        Assert.All(records, r => Assert.DoesNotContain(password, r.After, StringComparison.Ordinal));
        Assert.Equal(Roles.Admin, AccountsRig.Json(records[1].After).GetProperty("role").GetString());
    }

    [Fact]
    public async Task Reset_is_only_for_an_Admin_and_bad_usage_says_how()
    {
        await using var host = await AdminHost.StartAsync("ioc_accounts_cli_usage");
        await host.CreateAccountAsync("lanh.dao", Roles.Leader, AccountsRig.NewPassword());
        var environment = new Dictionary<string, string> { ["ConnectionStrings__Warehouse"] = host.ConnectionString, ["Ingestion__Enabled"] = "false" };

        var (notAdmin, _, notAdminError) = await ProcessHost.RunAsync("IocDashboard.Web", environment, TimeSpan.FromMinutes(2), "create-admin", "lanh.dao", "--reset");
        Assert.Equal(1, notAdmin);
        Assert.Contains("account lanh.dao is not an Admin", notAdminError, StringComparison.Ordinal);

        var (usage, _, usageError) = await ProcessHost.RunAsync("IocDashboard.Web", environment, TimeSpan.FromMinutes(2), "create-admin");
        Assert.Equal(2, usage);
        Assert.Contains("usage: create-admin NAME [--reset]", usageError, StringComparison.Ordinal);
        Assert.Empty(await host.AuditAsync("account"));
    }

    [GeneratedRegex(@"^admin quan\.tri one-time password: (\S+)$", RegexOptions.Multiline)]
    private static partial Regex PrintedPassword();
}
