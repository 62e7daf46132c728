using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using IocDashboard.EndToEnd.Tests.Infrastructure;
using IocDashboard.Integration.Tests.Infrastructure;
using static IocDashboard.EndToEnd.Tests.Wall.WallScreen;

namespace IocDashboard.EndToEnd.Tests.Wall;

/// <summary>
/// Five minutes into 2026: the year to date holds a few minutes, so the wall leads with the last 30 days, shows the
/// year's few resolved dossiers as a count rather than a rate, and marks the trend across the 2025 merger.
/// </summary>
[Collection(NewYearWallGroup.Name)]
public sealed class WallAtNewYearTests(NewYearWallRig rig) : IAsyncLifetime
{
    private ProcessHost _app = null!;

    public async Task InitializeAsync() => _app = await rig.StartAppAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Every_page_has_figures_for_named_periods_and_nothing_red_for_a_period_just_begun()
    {
        using var api = await rig.Visitors.ApiAsync(_app.BaseAddress);
        var recent = await api.GetFromJsonAsync<JsonElement>(new Uri("/api/dossiers/workload?from=2025-12-03&to=2026-01-01", UriKind.Relative));

        var page = await OpenAsync(rig.Browser, rig.Visitors, _app.BaseAddress, "dossiers");
        Assert.StartsWith("00:0", await TextAsync(page, "clock"), StringComparison.Ordinal);
        Assert.Equal("30 ngày: 03/12/2025 – 01/01/2026", await TextAsync(page, "dossiers-recent-period"));
        Assert.Equal(recent.GetProperty("total").GetProperty("onTimeRateText").GetString(), await TextAsync(page, "dossiers-recent-rate"));
        Assert.NotEqual("red", await page.GetAttributeAsync("[data-testid=\"dossiers-recent-rate\"]", "data-level"));
        // Five minutes of the year: a count of dossiers, not a rate.
        Assert.EndsWith("hồ sơ", await TextAsync(page, "dossiers-ytd-rate"), StringComparison.Ordinal);
        Assert.Equal("phạm vi thay đổi từ 01/7/2025", await TextAsync(page, "dossiers-trend-scope"));
        Assert.Contains("xã, phường thấp nhất", await page.InnerTextAsync("#dossiers-local-title"), StringComparison.Ordinal);
        await AssertNothingEmptyAsync(page, "new-year-dossiers-1920x1080");
        await page.CloseAsync();

        foreach (var entry in new[] { "tasks", "indicators", "units#1", "units#2", "feedback" })
        {
            page = await OpenAsync(rig.Browser, rig.Visitors, _app.BaseAddress, entry);
            await AssertNothingEmptyAsync(page, "new-year-" + entry.Replace('#', '-') + "-1920x1080");
            if (entry == "feedback")
            {
                Assert.Equal("· 03/12/2025 – 01/01/2026", await page.InnerTextAsync("[data-period=\"recent\"] .period"));
                Assert.Equal("chưa đủ phản ánh để tính tỷ lệ", await TextAsync(page, "feedback-yearToDate-rate"));
            }

            await page.CloseAsync();
        }
    }
}

/// <summary>An afternoon at the end of November 2026: the merged province's 96 communes and wards, and the 2026 plan.</summary>
[Collection(LateNovemberWallGroup.Name)]
public sealed class WallInLateNovemberTests(LateNovemberWallRig rig) : IAsyncLifetime
{
    private ProcessHost _app = null!;

    public async Task InitializeAsync() => _app = await rig.StartAppAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task The_wall_shows_the_communes_and_wards_the_year_to_date_and_the_2026_plan()
    {
        using var api = await rig.Visitors.ApiAsync(_app.BaseAddress);
        var yearToDate = await api.GetFromJsonAsync<JsonElement>(new Uri("/api/dossiers/workload?from=2026-01-01&to=2026-11-30", UriKind.Relative));
        var indicators = await api.GetFromJsonAsync<JsonElement>(new Uri("/api/indicators?asOf=2026-11-30", UriKind.Relative));

        var page = await OpenAsync(rig.Browser, rig.Visitors, _app.BaseAddress, "dossiers");
        Assert.StartsWith("14:", await TextAsync(page, "clock"), StringComparison.Ordinal);
        Assert.Equal("30 ngày: 01/11 – 30/11/2026", await TextAsync(page, "dossiers-recent-period"));
        Assert.Equal(yearToDate.GetProperty("total").GetProperty("onTimeRateText").GetString(), await TextAsync(page, "dossiers-ytd-rate"));
        Assert.Matches(@"^\d+/96 đạt ≥ 95%$", await TextAsync(page, "dossiers-local-green"));
        Assert.True(await page.IsHiddenAsync("[data-testid=\"dossiers-trend-scope\"]"), "the last 12 months are all after the merger");
        await AssertNothingEmptyAsync(page, "november-dossiers-1920x1080");
        await page.CloseAsync();

        page = await OpenAsync(rig.Browser, rig.Visitors, _app.BaseAddress, "indicators");
        var withTarget = indicators.GetProperty("withTarget").GetInt32();
        Assert.Equal(15, withTarget);
        Assert.Equal($"{indicators.GetProperty("achieved").GetInt32()}/{withTarget}", await TextAsync(page, "indicators-achieved"));
        Assert.Contains("Kế hoạch năm 2026", await page.InnerTextAsync("#indicators-asof"), StringComparison.Ordinal);
        Assert.Contains("chưa giao chỉ tiêu", await page.InnerTextAsync("[data-code=\"CDS08\"]"), StringComparison.Ordinal);
        await AssertNothingEmptyAsync(page, "november-indicators-1920x1080");
        await page.CloseAsync();

        var tiles = 0;
        foreach (var entry in new[] { "units#1", "units#2" })
        {
            page = await OpenAsync(rig.Browser, rig.Visitors, _app.BaseAddress, entry);
            tiles += await page.Locator("[data-testid=\"unit-tile\"]").CountAsync();
            Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"Trang {entry[^1]}/2"), await TextAsync(page, "units-page"));
            await AssertNothingEmptyAsync(page, "november-" + entry.Replace('#', '-') + "-1920x1080");
            await page.CloseAsync();
        }

        Assert.Equal(96, tiles);

        foreach (var entry in new[] { "tasks", "feedback" })
        {
            page = await OpenAsync(rig.Browser, rig.Visitors, _app.BaseAddress, entry);
            await AssertNothingEmptyAsync(page, "november-" + entry + "-1920x1080");
            await page.CloseAsync();
        }
    }
}
