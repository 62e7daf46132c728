using IocDashboard.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;

namespace IocDashboard.EndToEnd.Tests.Wall;

/// <summary>Opening a page of the wall and checking what a person in front of it would see.</summary>
internal static class WallScreen
{
    /// <summary>Opens a playlist entry ("tasks", "units#2", …) pinned, through the kiosk link, and waits until every panel has arrived.</summary>
    public static async Task<IPage> OpenAsync(IBrowser browser, Visitors visitors, Uri app, string entry)
    {
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1920, Height = 1080 } });
        await page.GotoAsync(await visitors.KioskLinkAsync(app, $"screen=main&kiosk=1&page={Uri.EscapeDataString(entry)}"));
        await page.WaitForFunctionAsync("""
            () => document.querySelector('[data-testid="tasks-total"]')?.textContent.trim() === '176'
              && document.querySelector('[data-testid="dossiers-recent-period"]')?.textContent.includes('30 ngày')
              && document.querySelector('[data-testid="feedback-recent-received"]')?.textContent.trim() !== ''
              && document.querySelector('.page.active') !== null
            """, null, new PageWaitForFunctionOptions { Timeout = 60_000 });
        await page.WaitForTimeoutAsync(800); // charts finish their entry animation before the screenshot
        return page;
    }

    public static async Task<string> TextAsync(IPage page, string testId) =>
        (await page.Locator($"[data-testid=\"{testId}\"]").First.TextContentAsync() ?? "").Trim();

    /// <summary>
    /// Saves a screenshot as an artifact, then checks the visible page: no NaN anywhere, no figure left at its
    /// placeholder, every chart with something drawn, nothing overflowing.
    /// </summary>
    public static async Task AssertNothingEmptyAsync(IPage page, string name)
    {
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Infrastructure.SeededWallRig.Artifacts, name + ".png") });
        var text = await page.EvaluateAsync<string>("() => document.querySelector('.page.active').innerText");
        Assert.DoesNotContain("NaN", text, StringComparison.Ordinal);
        Assert.DoesNotContain("undefined", text, StringComparison.Ordinal);

        var placeholders = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('.page.active [data-testid]')]
                .filter(e => e.offsetParent !== null && e.children.length === 0 && ['', '–', '—'].includes(e.textContent.trim()))
                .map(e => e.dataset.testid)
            """);
        Assert.True(placeholders.Length == 0, $"{name}: figures without a value: {string.Join(", ", placeholders)}");

        var emptyCharts = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('.page.active .chart')]
                .filter(el => {
                    const option = window.echarts.getInstanceByDom(el)?.getOption();
                    return !option || !(option.series ?? []).some(s => (s.data ?? []).length > 0);
                })
                .map(el => el.id)
            """);
        Assert.True(emptyCharts.Length == 0, $"{name}: empty charts: {string.Join(", ", emptyCharts)}");

        var overflowing = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('.page.active .panel, .page.active .panel-body')]
                .filter(p => p.scrollHeight > p.clientHeight + 2 || p.scrollWidth > p.clientWidth + 2)
                .map(p => p.className + ' ' + (p.querySelector('h2,h3')?.textContent ?? ''))
            """);
        Assert.True(overflowing.Length == 0, $"{name}: panels overflow: {string.Join(" | ", overflowing)}");
    }
}
