using System.Text.Json;
using IocDashboard.Domain.Formatting;
using IocDashboard.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;

namespace IocDashboard.EndToEnd.Tests.Meeting;

/// <summary>Opening the meeting page and reading what the people in the meeting room see.</summary>
internal static class MeetingScreen
{
    public static readonly ViewportSize FullHd = new() { Width = 1920, Height = 1080 };
    public static readonly ViewportSize Laptop = new() { Width = 1366, Height = 768 };

    /// <summary>Opens /meeting in a browser signed in as a person (<see cref="Visitors.SignedInPageAsync"/>).</summary>
    public static async Task<IPage> OpenAsync(IBrowser browser, Visitors visitors, Uri app, string query, ViewportSize size)
    {
        var page = await visitors.SignedInPageAsync(browser, app, new BrowserNewPageOptions { ViewportSize = size });
        await page.GotoAsync(new Uri(app, "/meeting" + query).ToString());
        await WaitReadyAsync(page, "() => true");
        return page;
    }

    /// <summary>Waits until the page has shown a state that satisfies <paramref name="condition"/> (a JS predicate on #meeting's dataset).</summary>
    public static Task WaitReadyAsync(IPage page, string condition) =>
        page.WaitForFunctionAsync(
            $"() => {{ const m = document.getElementById('meeting'); return m.dataset.state === 'ready' && ({condition})(m.dataset); }}",
            null, new PageWaitForFunctionOptions { Timeout = 60_000 });

    public static async Task<string> TextAsync(IPage page, string testId) =>
        (await page.Locator($"[data-testid=\"{testId}\"]").First.TextContentAsync() ?? "").Trim();

    /// <summary>The cards equal the workload API's figures for the same unit and period, with the API's change texts.</summary>
    public static async Task AssertCardsEqualAsync(IPage page, JsonElement workload)
    {
        var total = workload.GetProperty("total");
        Assert.Equal(VietnameseFormat.Count(total.GetProperty("received").GetInt64()), await TextAsync(page, "kpi-received"));
        Assert.Equal(VietnameseFormat.Count(total.GetProperty("resolved").GetInt64()), await TextAsync(page, "kpi-resolved"));
        Assert.Equal(VietnameseFormat.Count(total.GetProperty("overdue").GetInt64()), await TextAsync(page, "kpi-overdue"));
        Assert.Equal(total.GetProperty("onTimeRateText").GetString(), await TextAsync(page, "kpi-onTimeRate"));
        Assert.Equal(total.GetProperty("onlineRateText").GetString(), await TextAsync(page, "kpi-onlineRate"));
        foreach (var comparison in workload.GetProperty("comparisons").EnumerateArray())
        {
            var kind = comparison.GetProperty("kind").GetString();
            var change = comparison.GetProperty("change");
            Assert.EndsWith(change.GetProperty("onTimeRate").GetProperty("pointsText").GetString()!, await TextAsync(page, $"change-onTimeRate-{kind}"), StringComparison.Ordinal);
            Assert.EndsWith($"({change.GetProperty("received").GetProperty("relativeText").GetString()})", await TextAsync(page, $"change-received-{kind}"), StringComparison.Ordinal);
        }
    }

    /// <summary>Saves a screenshot as an artifact and checks that nothing scrolls sideways and no value is missing.</summary>
    public static async Task AssertFitsAsync(IPage page, string name)
    {
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Infrastructure.SeededWallRig.Artifacts, name + ".png"), FullPage = true });
        var (scroll, client) = (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), await page.EvaluateAsync<int>("() => document.documentElement.clientWidth"));
        Assert.True(scroll <= client, $"{name}: the page scrolls sideways ({scroll} px wide in a {client} px window)");
        var text = await page.InnerTextAsync("#meeting");
        Assert.DoesNotContain("NaN", text, StringComparison.Ordinal);
        Assert.DoesNotContain("undefined", text, StringComparison.Ordinal);
        Assert.DoesNotContain("[object", text, StringComparison.Ordinal);
    }
}
