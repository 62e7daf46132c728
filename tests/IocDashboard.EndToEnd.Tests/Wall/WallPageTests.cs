using System.Net.Http.Json;
using System.Text.Json;
using IocDashboard.EndToEnd.Tests.Infrastructure;
using IocDashboard.Integration.Tests.Infrastructure;
using Microsoft.Playwright;
using Npgsql;

namespace IocDashboard.EndToEnd.Tests.Wall;

/// <summary>The wall page in real Chromium against the running app on the seeded warehouse.</summary>
[Collection(WallRigGroup.Name)]
public sealed class WallPageTests(WallRig rig) : IAsyncLifetime, IDisposable
{
    private static readonly string[] TaskCounts =
        ["total", "inProgressOnTime", "inProgressOverdue", "completedOnTime", "completedLate", "completedAwaitingConfirmation"];

    private ProcessHost _app = null!;
    private HttpClient _api = null!;

    public async Task InitializeAsync()
    {
        _app = await rig.StartAppAsync();
        _api = await rig.Visitors.ApiAsync(_app.BaseAddress);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    public void Dispose() => _api.Dispose();

    [Theory]
    [InlineData(1920, 1080)]
    [InlineData(3840, 2160)]
    public async Task The_wall_shows_what_the_API_gives_without_overflow(int width, int height)
    {
        var page = await rig.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };

        var tasks = await _api.GetFromJsonAsync<JsonElement>(new Uri("/api/tasks/summary?asOf=2024-10-31", UriKind.Relative));
        await OpenAsync(page, "tasks");
        Assert.Equal(176, tasks.GetProperty("total").GetInt32());
        foreach (var count in TaskCounts)
        {
            Assert.Equal(tasks.GetProperty(count).GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), await TextAsync(page, "tasks-" + count));
        }

        await AssertFitsAsync(page, $"tasks-{width}x{height}");

        var indicators = await _api.GetFromJsonAsync<JsonElement>(new Uri("/api/indicators?asOf=2024-10-31", UriKind.Relative));
        await OpenAsync(page, "indicators");
        Assert.Contains($"{indicators.GetProperty("achieved").GetInt32()}/{indicators.GetProperty("total").GetInt32()}", await TextAsync(page, "indicators-achieved"), StringComparison.Ordinal);
        Assert.Contains("9/16", await TextAsync(page, "indicators-achieved"), StringComparison.Ordinal);
        await AssertFitsAsync(page, $"indicators-{width}x{height}");

        // The headline is the workload of the last 30 days, the year to date beside it: the API's figures.
        var recent = await _api.GetFromJsonAsync<JsonElement>(new Uri("/api/dossiers/workload?from=2024-10-02&to=2024-10-31", UriKind.Relative));
        var yearToDate = await _api.GetFromJsonAsync<JsonElement>(new Uri("/api/dossiers/workload?from=2024-01-01&to=2024-10-31", UriKind.Relative));
        await OpenAsync(page, "dossiers");
        Assert.Equal(recent.GetProperty("total").GetProperty("onTimeRateText").GetString(), await TextAsync(page, "dossiers-recent-rate"));
        Assert.Equal(yearToDate.GetProperty("total").GetProperty("onTimeRateText").GetString(), await TextAsync(page, "dossiers-ytd-rate"));
        Assert.Equal("30 ngày: 02/10 – 31/10/2024", await TextAsync(page, "dossiers-recent-period"));
        await AssertFitsAsync(page, $"dossiers-{width}x{height}");

        // Before the 2025 reorganisation the local level is the nine district-level units: one page of them.
        await OpenAsync(page, "units");
        Assert.Equal(9, await page.Locator("[data-testid=\"unit-tile\"]").CountAsync());
        await AssertFitsAsync(page, $"units-{width}x{height}");

        await OpenAsync(page, "feedback");
        await AssertFitsAsync(page, $"feedback-{width}x{height}");

        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Fact]
    public async Task A_warehouse_change_appears_on_screen()
    {
        var page = await rig.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1920, Height = 1080 } });
        await OpenAsync(page, "tasks");
        var overdue = await _api.GetFromJsonAsync<JsonElement>(new Uri("/api/tasks?asOf=2024-10-31&status=inProgressOverdue", UriKind.Relative));
        var before = overdue.GetProperty("count").GetInt32();
        var code = overdue.GetProperty("items")[0].GetProperty("code").GetString()!;
        try
        {
            // The tracker reports the task completed the day before: it leaves "overdue" for "awaiting confirmation".
            await ExecuteAsync("""
                insert into core.reform_task_events (task_id, kind, occurred_on) select id, 'completionReported', '2024-10-30' from core.reform_tasks where code = @code;
                select pg_notify('ioc_changes', '{"source":"nhiemvu","kind":"tasks"}');
                """, code);
            await page.WaitForFunctionAsync($"() => document.querySelector('[data-testid=\"tasks-inProgressOverdue\"]')?.textContent.trim() === '{before - 1}'", null, new PageWaitForFunctionOptions { Timeout = 15_000 });
        }
        finally
        {
            await ExecuteAsync("""
                delete from core.reform_task_events e using core.reform_tasks t where t.id = e.task_id and t.code = @code and e.occurred_on = '2024-10-30';
                select pg_notify('ioc_changes', '{"source":"nhiemvu","kind":"tasks"}');
                """, code);
        }

        await page.WaitForFunctionAsync($"() => document.querySelector('[data-testid=\"tasks-inProgressOverdue\"]')?.textContent.trim() === '{before}'", null, new PageWaitForFunctionOptions { Timeout = 15_000 });
        await page.CloseAsync();
    }

    private async Task OpenAsync(IPage page, string wallPage)
    {
        await page.GotoAsync(await rig.Visitors.KioskLinkAsync(_app.BaseAddress, $"screen=main&kiosk=1&page={wallPage}"));
        await page.WaitForFunctionAsync("() => { const t = document.querySelector('[data-testid=\"tasks-total\"]'); return t && t.textContent.trim() === '176'; }",
            null, new PageWaitForFunctionOptions { Timeout = 30_000 });
        await page.WaitForTimeoutAsync(800); // charts finish their entry animation before the screenshot
    }

    private static async Task<string> TextAsync(IPage page, string testId) =>
        (await page.Locator($"[data-testid=\"{testId}\"]").First.TextContentAsync() ?? "").Trim();

    /// <summary>Saves a screenshot as an artifact and checks that neither the page nor any panel overflows.</summary>
    private static async Task AssertFitsAsync(IPage page, string name)
    {
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(SeededWallRig.Artifacts, name + ".png") });
        var scrollbars = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth || document.documentElement.scrollHeight > window.innerHeight");
        Assert.False(scrollbars, $"{name}: the page scrolls");
        var visiblePanels = await page.EvaluateAsync<int>("() => [...document.querySelectorAll('.panel')].filter(p => p.offsetParent !== null).length");
        Assert.True(visiblePanels > 0, $"{name}: no panel is visible");
        var overflowing = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('.panel, .panel-body')]
                .filter(p => p.offsetParent !== null && (p.scrollHeight > p.clientHeight + 2 || p.scrollWidth > p.clientWidth + 2))
                .map(p => p.className + ' ' + (p.querySelector('h2,h3')?.textContent ?? ''))
            """);
        Assert.True(overflowing.Length == 0, $"{name}: panels overflow: {string.Join(" | ", overflowing)}");
    }

    private async Task ExecuteAsync(string sql, string code)
    {
        await using var connection = new NpgsqlConnection(rig.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("code", code);
        await command.ExecuteNonQueryAsync();
    }
}
