using System.Net.Http.Json;
using System.Text.Json;
using IocDashboard.EndToEnd.Tests.Infrastructure;
using IocDashboard.Integration.Tests.Infrastructure;
using static IocDashboard.EndToEnd.Tests.Meeting.MeetingScreen;

namespace IocDashboard.EndToEnd.Tests.Meeting;

/// <summary>
/// The meeting page in Chromium on Monday 30 November 2026, the meeting day: what it shows equals the API, the arrows
/// and the keyboard step the period, a drill-down into a commune is undone by the browser's back button, and the page
/// fits a projector's 1920×1080 and a laptop's 1366×768 without scrolling sideways.
/// </summary>
[Collection(LateNovemberWallGroup.Name)]
public sealed class MeetingPageTests(LateNovemberWallRig rig) : IAsyncLifetime
{
    private ProcessHost _app = null!;

    public async Task InitializeAsync() => _app = await rig.StartAppAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task<JsonElement> ApiAsync(string path)
    {
        using var api = await rig.Visitors.ApiAsync(_app.BaseAddress);
        return await api.GetFromJsonAsync<JsonElement>(new Uri(path, UriKind.Relative));
    }

    [Fact]
    public async Task It_opens_on_the_last_full_week_and_the_left_arrow_key_steps_back_a_week()
    {
        var page = await OpenAsync(rig.Browser, rig.Visitors, _app.BaseAddress, "", FullHd);
        Assert.Equal("Tuần 48/2026 (23/11/2026 – 29/11/2026)", await TextAsync(page, "period-label"));
        Assert.EndsWith("/meeting?period=2026-W48", page.Url, StringComparison.Ordinal);
        await AssertCardsEqualAsync(page, await ApiAsync("/api/dossiers/workload?from=2026-11-23&to=2026-11-29&by=unit&compare=previous,lastYear"));
        await AssertFitsAsync(page, "meeting-week-1920x1080");

        await page.Keyboard.PressAsync("ArrowLeft");
        await WaitReadyAsync(page, "d => d.period === '2026-W47'");
        Assert.Equal("Tuần 47/2026 (16/11/2026 – 22/11/2026)", await TextAsync(page, "period-label"));
        Assert.EndsWith("/meeting?period=2026-W47", page.Url, StringComparison.Ordinal);
        await AssertCardsEqualAsync(page, await ApiAsync("/api/dossiers/workload?from=2026-11-16&to=2026-11-22&by=unit&compare=previous,lastYear"));

        // The week of the meeting day has only begun: → reaches it and stops there.
        await page.Keyboard.PressAsync("ArrowRight");
        await WaitReadyAsync(page, "d => d.period === '2026-W48'");
        await page.Keyboard.PressAsync("ArrowRight");
        await WaitReadyAsync(page, "d => d.period === '2026-W49'");
        Assert.True(await page.IsDisabledAsync("#next"));
        Assert.Contains("đến hôm nay", await TextAsync(page, "period-label"), StringComparison.Ordinal);
        await page.CloseAsync();
    }

    [Fact]
    public async Task A_drill_into_a_commune_shows_its_figures_and_the_back_button_returns_to_the_province()
    {
        var page = await OpenAsync(rig.Browser, rig.Visitors, _app.BaseAddress, "?period=2026-Q3", Laptop);
        Assert.Equal("Quý III năm 2026 (15/06/2026 – 14/09/2026)", await TextAsync(page, "period-label"));
        var province = await ApiAsync("/api/dossiers/workload?from=2026-06-15&to=2026-09-14&by=unit&compare=previous,lastYear");
        await AssertCardsEqualAsync(page, province);
        await AssertFitsAsync(page, "meeting-2026-Q3-1366x768");

        // The worst commune or ward of the quarter: the first row of the communes' ranking.
        var communes = province.GetProperty("rows").EnumerateArray()
            .Where(r => r.GetProperty("kind").GetString() == "commune" && r.GetProperty("resolved").GetInt64() > 0)
            .OrderBy(r => r.GetProperty("onTimeRate").GetDouble()).ThenByDescending(r => r.GetProperty("resolved").GetInt64()).ToList();
        Assert.True(communes.Count >= 90, $"{communes.Count} communes and wards with dossiers resolved in 2026-Q3");
        var worst = communes[0];
        var code = worst.GetProperty("code").GetString()!;
        var link = page.Locator($"a.m-drill[data-unit=\"{code}\"]");
        Assert.Equal(worst.GetProperty("name").GetString(), (await link.TextContentAsync())?.Trim());
        Assert.Equal(worst.GetProperty("onTimeRateText").GetString(), (await page.Locator($"tr[data-unit=\"{code}\"] .m-rate").TextContentAsync())?.Trim());

        await link.ClickAsync();
        await WaitReadyAsync(page, $"d => d.unit === '{code}'");
        Assert.Contains($"unit={code}", page.Url, StringComparison.Ordinal);
        Assert.Equal(worst.GetProperty("name").GetString(), await TextAsync(page, "crumb-current"));
        Assert.Equal("fields", await page.GetAttributeAsync("#meeting", "data-view"));
        await AssertCardsEqualAsync(page, await ApiAsync($"/api/dossiers/workload?from=2026-06-15&to=2026-09-14&unit={code}&compare=previous,lastYear"));
        var index = await ApiAsync($"/api/service-index?from=2026-06-15&to=2026-09-14&unit={code}");
        Assert.Equal(index.GetProperty("text").GetString(), await TextAsync(page, "service-index-text"));
        await AssertFitsAsync(page, "meeting-2026-Q3-commune-1366x768");

        // "Tải PDF" prints this view: the commune, the quarter, its fields.
        var pdfLink = await page.GetAttributeAsync("#export-pdf", "href");
        Assert.Equal($"/api/meeting.pdf?period=2026-Q3&unit={code}&view=fields", pdfLink);
        var pdf = await page.APIRequest.GetAsync(new Uri(_app.BaseAddress, pdfLink).ToString());
        Assert.Equal(200, pdf.Status);
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);
        Assert.Equal("%PDF"u8.ToArray(), (await pdf.BodyAsync())[..4]);
        await page.SetViewportSizeAsync(FullHd.Width, FullHd.Height);
        await AssertFitsAsync(page, "meeting-2026-Q3-commune-1920x1080");

        await page.GoBackAsync();
        await WaitReadyAsync(page, "d => d.unit === 'TNH' && d.period === '2026-Q3'");
        Assert.EndsWith("/meeting?period=2026-Q3", page.Url, StringComparison.Ordinal);
        await AssertCardsEqualAsync(page, province);
        await page.CloseAsync();
    }

    [Fact]
    public async Task The_lists_since_the_last_meeting_and_of_who_is_behind_hold_what_the_api_lists()
    {
        var page = await OpenAsync(rig.Browser, rig.Visitors, _app.BaseAddress, "?period=2026-11", FullHd);
        var changes = await ApiAsync("/api/changes");
        Assert.Equal("2026-11-23", changes.GetProperty("since").GetString());
        foreach (var list in new[] { "tasksNewlyOverdue", "tasksCompleted", "indicatorsChanged", "unitsBelowThreshold", "newPetitions" })
        {
            Assert.Equal(changes.GetProperty(list).GetArrayLength().ToString(System.Globalization.CultureInfo.InvariantCulture), await TextAsync(page, $"since-{list}-count"));
        }

        var petitions = changes.GetProperty("newPetitions").EnumerateArray().ToList();
        Assert.NotEmpty(petitions);
        Assert.Contains(petitions[0].GetProperty("subject").GetString()!, await page.InnerTextAsync("[data-list=\"newPetitions\"]"), StringComparison.Ordinal);

        var behind = await ApiAsync("/api/accountability?asOf=2026-11-30");
        var agencies = await page.Locator("[data-list=\"overdueTasks\"] details").CountAsync();
        Assert.Equal(behind.GetProperty("overdueTasksByLeadAgency").GetArrayLength(), agencies);
        var names = behind.GetProperty("indicatorsNotAchieved").EnumerateArray().Select(i => i.GetProperty("name").GetString()!).ToList();
        var rows = await page.Locator("[data-list=\"indicatorsNotAchieved\"] tr[data-indicator]").AllInnerTextsAsync();
        Assert.Equal(names.Count, rows.Count);
        Assert.All(names.Zip(rows), p => Assert.StartsWith(p.First, p.Second, StringComparison.Ordinal));
        await page.CloseAsync();
    }
}
