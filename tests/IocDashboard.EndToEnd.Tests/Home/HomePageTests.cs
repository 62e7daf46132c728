using IocDashboard.EndToEnd.Tests.Infrastructure;
using IocDashboard.Integration.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Playwright;

namespace IocDashboard.EndToEnd.Tests.Home;

/// <summary>The home page in real Chromium: the configured screens, the sources' freshness, and a crawl of its own links.</summary>
[Collection(WallRigGroup.Name)]
public sealed class HomePageTests(WallRig rig)
{
    [Fact]
    public async Task The_home_page_lists_every_configured_screen_and_every_link_on_it_answers_below_400()
    {
        await using var app = await rig.StartAppAsync();
        var page = await rig.Visitors.SignedInPageAsync(rig.Browser, app.BaseAddress, new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 768 } });

        var response = await page.GotoAsync(new Uri(app.BaseAddress, "/").ToString());
        Assert.Equal(200, response!.Status);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(SeededWallRig.Artifacts, "home-1366x768.png"), FullPage = true });

        var screens = AppSettings().GetSection("Wall:Screens").GetChildren().ToList();
        Assert.NotEmpty(screens);
        var screenLinks = await page.Locator("#screens a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        var screenText = await page.Locator("#screens").InnerTextAsync();
        foreach (var screen in screens)
        {
            Assert.Contains($"/wall?screen={screen.Key}", screenLinks);
            Assert.Contains($"/wall?screen={screen.Key}&kiosk=1", screenLinks);
            Assert.Contains(screen["Title"]!, screenText, StringComparison.Ordinal);
        }

        var sources = AppSettings().GetSection("Ingestion:Sources").GetChildren().Count(s => s["Enabled"] != "false");
        Assert.Equal(sources, await page.Locator("#freshness tbody tr").CountAsync());
        Assert.Matches("^[0-9a-f]{7,40}$", await page.Locator("#version").InnerTextAsync());
        Assert.Contains("hồ sơ", await page.Locator("#extent").InnerTextAsync(), StringComparison.Ordinal);

        var links = (await page.Locator("a[href]").EvaluateAllAsync<string[]>("links => links.map(a => a.href)"))
            .Select(href => new Uri(href))
            .Where(uri => uri.Authority == app.BaseAddress.Authority)
            .Distinct()
            .ToList();
        Assert.True(links.Count >= 10, $"only {links.Count} links on the home page");
        // Followed as the signed-in person who sees them: their cookie, no redirect to the sign-in page.
        foreach (var link in links)
        {
            var answer = await page.APIRequest.GetAsync(link.ToString(), new APIRequestContextOptions { MaxRedirects = 0 });
            Assert.True(answer.Status < 400 && !(answer.Headers.TryGetValue("location", out var to) && to.Contains("/account/", StringComparison.Ordinal)),
                $"GET {link} → {answer.Status} {answer.Headers.GetValueOrDefault("location")}");
            await answer.DisposeAsync();
        }
    }

    private static IConfiguration AppSettings() =>
        new ConfigurationBuilder().AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json")).Build();
}
