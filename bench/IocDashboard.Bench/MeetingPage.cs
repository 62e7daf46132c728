using System.Globalization;
using Microsoft.Playwright;

namespace IocDashboard.Bench;

/// <summary>
/// How soon the meeting page is usable after a navigation, in Debian's Chromium at 1920×1080: from the start of the
/// navigation to the first view with all its figures (the page's data-ready-ms, measured by the page's own clock from
/// the navigation's start), over RUNS fresh pages per address after one warm-up each.
/// </summary>
internal static class MeetingPage
{
    public static async Task<int> RunAsync(string baseUrl, string commune, int runs)
    {
        string[] addresses = ["/meeting", "/meeting?period=2026-Q3", $"/meeting?period=2026-Q3&unit={commune}", "/meeting?period=2026-YTD", "/meeting?period=2024-Q3"];
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ["--no-sandbox", "--disable-gpu"] });
        foreach (var address in addresses)
        {
            var times = new List<double>();
            for (var run = 0; run <= runs; run++)
            {
                var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1920, Height = 1080 }, ExtraHTTPHeaders = BenchCaller.BrowserHeaders });
                await page.GotoAsync(baseUrl.TrimEnd('/') + address);
                await page.WaitForFunctionAsync("() => document.getElementById('meeting').dataset.readyMs", null, new PageWaitForFunctionOptions { Timeout = 60_000 });
                var ready = double.Parse(await page.GetAttributeAsync("#meeting", "data-ready-ms") ?? "0", CultureInfo.InvariantCulture);
                if (run > 0)
                {
                    times.Add(ready);
                }

                await page.CloseAsync();
            }

            Console.WriteLine($"meeting-page {address}: navigation to figures shown {Timings.Summary(times)} ({runs} fresh pages after a warm-up)");
        }

        return 0;
    }
}
