using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using IocDashboard.Integration.Tests.Infrastructure;
using IocDashboard.Web.Features.Accounts;
using IocDashboard.Web.Features.Tokens;
using Microsoft.Playwright;
using Npgsql;

namespace IocDashboard.EndToEnd.Tests.Infrastructure;

/// <summary>
/// How the e2e tests come to the app, as its users do: a wall screen through the kiosk link an Admin hands out; a
/// person through the sign-in page (the first Admin made by <c>create-admin</c>, signing in with the one-time password
/// and choosing their own); a script with a read-only API token. Made once per warehouse: the accounts and tokens
/// live in it, and the sign-in cookie stays good for every app started on it (the Data Protection keys are there too).
/// </summary>
public sealed partial class Visitors(string connectionString, Func<IReadOnlyDictionary<string, string>> appEnvironment) : IDisposable
{
    public const string AdminName = "quan.tri.e2e";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _kioskToken;
    private readonly Dictionary<string, string> _apiTokens = [];
    private string? _signedIn;

    /// <summary>The wall's address for a screen, through its kiosk link: the app swaps the token for a cookie and redirects.</summary>
    public async Task<string> KioskLinkAsync(Uri app, string query)
    {
        var token = await OnceAsync(() => _kioskToken, async () => _kioskToken = (await CreateAsync(store => store.CreateKioskTokenAsync("main", "e2e-main", "e2e", CancellationToken.None))).Plaintext);
        return new Uri(app, $"/wall?{query}&token={token}").ToString();
    }

    /// <summary>A client of the API as a script holds it: a read-only token of a role (Leader by default) in the Authorization header.</summary>
    public async Task<HttpClient> ApiAsync(Uri app, string role = Roles.Leader)
    {
        var token = await OnceAsync(
            () => _apiTokens.GetValueOrDefault(role),
            async () => _apiTokens[role] = (await CreateAsync(store => store.CreateApiTokenAsync("e2e-" + role, role, "e2e", CancellationToken.None))).Plaintext);
        var client = new HttpClient { BaseAddress = app };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A page of a browser signed in as the first Admin (signed in on the first call, through <paramref name="app"/>).</summary>
    public async Task<IPage> SignedInPageAsync(IBrowser browser, Uri app, BrowserNewPageOptions? options = null)
    {
        var state = await OnceAsync(() => _signedIn, async () => _signedIn = await SignInFirstAdminAsync(browser, app));
        options ??= new BrowserNewPageOptions();
        options.StorageState = state;
        return await browser.NewPageAsync(options);
    }

    private async Task<string> SignInFirstAdminAsync(IBrowser browser, Uri app)
    {
        var (exitCode, output, error) = await ProcessHost.RunAsync("IocDashboard.Web", appEnvironment(), TimeSpan.FromMinutes(2), "create-admin", AdminName);
        if (exitCode == 1 && output.Contains("already exists", StringComparison.Ordinal))
        {
            // An earlier attempt on this warehouse got as far as the account: a new one-time password, as an operator would.
            (exitCode, output, error) = await ProcessHost.RunAsync("IocDashboard.Web", appEnvironment(), TimeSpan.FromMinutes(2), "create-admin", AdminName, "--reset");
        }

        Assert.True(exitCode == 0, $"create-admin → {exitCode}: {output} {error}");
        var oneTimePassword = OneTimePassword().Match(output) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException($"no one-time password in: {output}");

        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var trail = new List<string>();
        page.Response += (_, response) => trail.Add($"{response.Request.Method} {response.Url} → {response.Status} {response.Headers.GetValueOrDefault("location")} {response.Headers.GetValueOrDefault("set-cookie")?.Split('=')[0]}");
        await page.GotoAsync(new Uri(app, "/meeting").ToString());
        Assert.Contains("/account/login", page.Url, StringComparison.Ordinal);
        await page.FillAsync("#UserName", AdminName);
        await page.FillAsync("#Password", oneTimePassword);
        await page.ClickAsync("form:has(#Password) button[type=submit]");
        await WaitPastAsync(page, "/account/login");
        Assert.True(page.Url.Contains("/account/change-password", StringComparison.Ordinal), $"after the sign-in: {page.Url}\n{await page.InnerTextAsync("body")}");
        var password = "e2e-" + Guid.NewGuid().ToString("N");
        await page.FillAsync("#CurrentPassword", oneTimePassword);
        await page.FillAsync("#NewPassword", password);
        await page.FillAsync("#ConfirmPassword", password);
        // The form's own button: the page's header has the sign-out button too.
        await page.ClickAsync("form:has(#NewPassword) button[type=submit]");
        // Past the account pages: signed in with a password of one's own.
        await WaitPastAsync(page, "/account/change-password");
        Assert.False(page.Url.Contains("/account/", StringComparison.Ordinal), $"after the password change: {page.Url}\n{string.Join("\n", trail)}");
        return await context.StorageStateAsync();
    }

    /// <summary>Waits until the page has left an address (a form's answer), without waiting for the next page's every resource.</summary>
    private static async Task WaitPastAsync(IPage page, string path)
    {
        try
        {
            await page.WaitForURLAsync(url => !url.Contains(path, StringComparison.Ordinal), new PageWaitForURLOptions { Timeout = 30_000, WaitUntil = WaitUntilState.Commit });
        }
        catch (TimeoutException)
        {
            // Still there (the form refused): the assertion that follows shows what the page says.
        }
    }

    private async Task<string> OnceAsync(Func<string?> current, Func<Task<string>> make)
    {
        await _gate.WaitAsync();
        try
        {
            return current() ?? await make();
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<CreatedToken> CreateAsync(Func<TokenStore, Task<CreatedToken?>> create)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        return await create(new TokenStore(dataSource, TimeProvider.System)) ?? throw new InvalidOperationException("the token's name is taken");
    }

    public void Dispose() => _gate.Dispose();

    [GeneratedRegex(@"one-time password: (\S+)")]
    private static partial Regex OneTimePassword();
}
