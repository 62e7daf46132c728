using Microsoft.Playwright;

namespace IocDashboard.Bench;

/// <summary>
/// Every page of a running wall as the operations centre sees it, in Debian's Chromium at 1920×1080: one PNG per
/// playlist entry, taken once the snapshot has arrived (for the closing notes of a step and for the README).
/// </summary>
internal static class WallScreenshots
{
    private static readonly string[] Entries = ["tasks", "indicators", "dossiers", "units#1", "units#2", "feedback"];

    public static async Task<int> RunAsync(string baseUrl, string outputDirectory)
    {
        Directory.CreateDirectory(outputDirectory);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ["--no-sandbox", "--disable-gpu"] });
        foreach (var entry in Entries)
        {
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1920, Height = 1080 }, ExtraHTTPHeaders = BenchCaller.BrowserHeaders });
            await page.GotoAsync($"{baseUrl.TrimEnd('/')}/wall?screen=main&kiosk=1&page={Uri.EscapeDataString(entry)}");
            await page.WaitForFunctionAsync("""
                () => /^\d+$/.test(document.querySelector('[data-testid="tasks-total"]')?.textContent.trim() ?? '')
                  && document.querySelector('[data-testid="dossiers-recent-period"]')?.textContent.includes('30 ngày')
                """, null, new PageWaitForFunctionOptions { Timeout = 120_000 });
            await page.WaitForTimeoutAsync(1000); // the charts' entry animation
            var file = Path.Combine(outputDirectory, $"wall-{entry.Replace('#', '-')}.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = file });
            Console.WriteLine(file);
            await page.CloseAsync();
        }

        return 0;
    }
}
