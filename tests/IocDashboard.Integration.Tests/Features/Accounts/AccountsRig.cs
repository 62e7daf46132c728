using System.Net;
using System.Text.Json;
using IocDashboard.Integration.Tests.Features.Admin;
using IocDashboard.Web.Features.Accounts;
using IocDashboard.Web.Features.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace IocDashboard.Integration.Tests.Features.Accounts;

/// <summary>
/// What the account tests share: accounts made through Identity on the test database, and the sign-in form used as a
/// browser uses it (GET the page, take the antiforgery token from its HTML, POST it back with the cookie).
/// </summary>
internal static class AccountsRig
{
    public const string AuthCookie = "ioc.auth";

    /// <summary>A password of the tests' own, made anew each time (the repository holds none).</summary>
    public static string NewPassword() => "thu-" + Guid.NewGuid().ToString("N");

    /// <summary>A browser: keeps cookies, does not follow redirects (the tests read where they lead).</summary>
    public static HttpClient Browser(this AdminHost host) =>
        host.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>An account with a role and a password of the test's choosing, ready to sign in (no password change due).</summary>
    public static async Task<Account> CreateAccountAsync(this AdminHost host, string userName, string role, string password, bool mustChangePassword = false)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        var account = new Account { UserName = userName, DisplayName = $"Người thử {userName}", CreatedAt = DateTimeOffset.UtcNow, MustChangePassword = mustChangePassword };
        Assert.True((await users.CreateAsync(account, password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(account, role)).Succeeded);
        return account;
    }

    /// <summary>The account as stored now.</summary>
    public static async Task<Account> AccountAsync(this AdminHost host, string userName)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        return await users.FindByNameAsync(userName) ?? throw new InvalidOperationException($"no account {userName}");
    }

    /// <summary>Fills in and posts /account/login; the answer as it comes (a redirect when it worked).</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient browser, string userName, string password, string? returnUrl = null)
    {
        var url = "/account/login" + (returnUrl is null ? "" : "?returnUrl=" + Uri.EscapeDataString(returnUrl));
        var token = await TokenAsync(browser, url);
        return await PostFormAsync(browser, url, token, new() { ["UserName"] = userName, ["Password"] = password, ["ReturnUrl"] = returnUrl ?? "" });
    }

    /// <summary>The antiforgery token of a page's forms (its cookie stays in the browser).</summary>
    public static async Task<string> TokenAsync(HttpClient browser, string url) => AdminHost.AntiforgeryToken(await PageAsync(browser, url));

    /// <summary>GETs a page that must answer 200; its HTML decoded.</summary>
    public static async Task<string> PageAsync(HttpClient browser, string url)
    {
        using var response = await browser.GetAsync(new Uri(url, UriKind.Relative));
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} → {(int)response.StatusCode} {response.Headers.Location}: {body}");
        return body;
    }

    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient browser, string url, string? token, Dictionary<string, string> fields)
    {
        if (token is not null)
        {
            fields["__RequestVerificationToken"] = token;
        }

        using var form = new FormUrlEncodedContent(fields);
        return await browser.PostAsync(new Uri(url, UriKind.Relative), form);
    }

    /// <summary>The sign-in cookie this answer sets, whole (attributes included), or null.</summary>
    public static string? AuthCookieSet(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? cookies.FirstOrDefault(c => c.StartsWith(AuthCookie + "=", StringComparison.Ordinal) && !c.StartsWith(AuthCookie + "=;", StringComparison.Ordinal))
            : null;

    public static async Task<string> HtmlAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    /// <summary>Signs in and requires the redirect that says it worked; the browser then holds the cookie.</summary>
    public static async Task SignedInAsync(HttpClient browser, string userName, string password)
    {
        using var response = await SignInAsync(browser, userName, password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect && AuthCookieSet(response) is not null,
            $"sign-in of {userName} → {(int)response.StatusCode} {response.Headers.Location}: {await HtmlAsync(response)}");
    }

    /// <summary>The audit records of an action, newest first.</summary>
    public static async Task<IReadOnlyList<AuditRecord>> AuditAsync(this AdminHost host, string action) =>
        await host.Factory.Services.GetRequiredService<AuditTrail>().ListAsync(new AuditFilter(Action: action), CancellationToken.None);

    public static JsonElement Json(string? text) => JsonDocument.Parse(text ?? "null").RootElement;
}
