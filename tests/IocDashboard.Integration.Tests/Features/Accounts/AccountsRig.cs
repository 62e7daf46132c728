using System.Net;
using System.Text.Json;
using IocDashboard.Integration.Tests.Features.Admin;
using IocDashboard.Web.Features.Accounts;
using IocDashboard.Web.Features.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
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
    public static HttpClient Browser(this AdminHost host) => host.AnonymousClient(followRedirects: false);

    /// <summary>An account with a role and a password of the test's choosing, ready to sign in (no password change due).</summary>
    public static Task<Account> CreateAccountAsync(this AdminHost host, string userName, string role, string password, bool mustChangePassword = false) =>
        CreateAccountAsync(host.Factory, userName, role, password, mustChangePassword);

    /// <summary>
    /// A browser (cookies kept, no token) signed in through the sign-in page as a person of <paramref name="role"/>:
    /// an account made for it with a password of the test's own.
    /// </summary>
    public static async Task<HttpClient> SignedInClientAsync(WebApplicationFactory<Program> factory, string role, bool followRedirects = true)
    {
        var userName = $"{role.ToLowerInvariant()}.{Guid.NewGuid():N}"[..24];
        var password = NewPassword();
        await CreateAccountAsync(factory, userName, role, password, mustChangePassword: false);
        var browser = AnonymousClient(factory, followRedirects);
        using (await SignInAsync(browser, userName, password))
        {
        }

        // Whether or not the browser followed the redirect, the app now knows it as the account.
        using var me = await browser.GetAsync(new Uri("/api/me", UriKind.Relative));
        var caller = Json(await me.Content.ReadAsStringAsync());
        Assert.True(caller.GetProperty("name").GetString() == userName, $"sign-in of {userName} did not take: /api/me → {caller}");

        return browser;
    }

    /// <summary>
    /// A client with no credentials (cookies kept, redirects followed or not), made past the factory's ConfigureClient,
    /// which would give it the reader token (Infrastructure/DashboardFactory): a stranger, a person about to sign in,
    /// or a test that brings its own token.
    /// </summary>
    public static HttpClient AnonymousClient(WebApplicationFactory<Program> factory, bool followRedirects)
    {
        var cookies = new CookieContainerHandler(new CookieContainer()) { InnerHandler = factory.Server.CreateHandler() };
        HttpMessageHandler handler = followRedirects ? new RedirectHandler(7) { InnerHandler = cookies } : cookies;
        return new HttpClient(handler) { BaseAddress = factory.Server.BaseAddress };
    }

    /// <summary>
    /// Sends the antiforgery token in its header on every request from now on, as a page's script would: taken from a
    /// form of a page shown to this signed-in browser (the password change, open to every person).
    /// </summary>
    public static async Task WithAntiforgeryHeaderAsync(HttpClient browser) =>
        browser.DefaultRequestHeaders.Add("RequestVerificationToken", await TokenAsync(browser, "/account/change-password"));

    private static async Task<Account> CreateAccountAsync(WebApplicationFactory<Program> factory, string userName, string role, string password, bool mustChangePassword)
    {
        await using var scope = factory.Services.CreateAsyncScope();
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
