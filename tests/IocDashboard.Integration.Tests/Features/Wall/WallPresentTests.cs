using System.Text.Json;
using IocDashboard.Integration.Tests.Infrastructure;
using static IocDashboard.Integration.Tests.Infrastructure.WallHubClient;

namespace IocDashboard.Integration.Tests.Features.Wall;

/// <summary>
/// The wall's panels after the 2025 reorganisation, on the history to 30 November 2026: the communes and wards of
/// the day ranked worst first, the agencies, and a trend that says where the units counted changed.
/// </summary>
[Collection(PresentWarehouseGroup.Name)]
public sealed class WallPresentTests(PresentWarehouse warehouse)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task On_30_November_2026_the_local_level_is_the_96_communes_and_wards_worst_first()
    {
        await using var factory = new DashboardFactory(warehouse.ConnectionString, new Dictionary<string, string?> { ["Clock:Now"] = "2026-11-30T14:00:00+07:00" });
        await using var wall = await ConnectAsync(factory.Server, "main", Wait, bearer: DashboardFactory.ReaderToken(warehouse.ConnectionString));
        var dossiers = Panel((await wall.NextSnapshotAsync(Wait)).Panels, "dossiers");

        var local = dossiers.GetProperty("local");
        Assert.Equal("commune", local.Text("kind"));
        var units = local.GetProperty("units").EnumerateArray().ToList();
        Assert.Equal(96, units.Count);
        var rates = units.Where(u => u.GetProperty("onTimeRate").ValueKind == JsonValueKind.Number).Select(u => u.GetProperty("onTimeRate").GetDouble()).ToList();
        Assert.Equal(rates.Order(), rates);
        Assert.All(units, u => Assert.Equal(u.GetProperty("onTimeRate").ValueKind == JsonValueKind.Number, u.Long("resolved") >= 30));

        // The agencies at the provincial centre, the same figures as the API's breakdown by unit.
        using var http = factory.CreateClient();
        var byUnit = (await http.GetOkAsync("/api/dossiers/workload?from=2026-11-01&to=2026-11-30&by=unit")).GetProperty("rows")
            .EnumerateArray().Where(r => r.Text("kind") == "agency").ToDictionary(r => r.Text("code"));
        var agencies = dossiers.GetProperty("agencies").GetProperty("units").EnumerateArray().ToList();
        Assert.NotEmpty(agencies);
        Assert.All(agencies, a => Assert.Equal(byUnit[a.Text("code")].Long("resolved"), a.Long("resolved")));
        Assert.Equal(JsonValueKind.Null, dossiers.GetProperty("trend").GetProperty("scopeChangedText").ValueKind);
    }

    [Fact]
    public async Task On_1_January_2026_the_year_has_too_few_resolved_for_a_rate_and_the_trend_names_the_merger()
    {
        await using var factory = new DashboardFactory(warehouse.ConnectionString, new Dictionary<string, string?> { ["Clock:Now"] = "2026-01-01T00:05:00+07:00" });
        await using var wall = await ConnectAsync(factory.Server, "main", Wait, bearer: DashboardFactory.ReaderToken(warehouse.ConnectionString));
        var snapshot = await wall.NextSnapshotAsync(Wait);
        var dossiers = Panel(snapshot.Panels, "dossiers");

        Assert.Equal("2025-12-03", dossiers.GetProperty("recent").Text("from"));
        Assert.Equal(JsonValueKind.Number, dossiers.GetProperty("recent").GetProperty("onTimeRate").ValueKind);
        Assert.Equal("2026-01-01", dossiers.GetProperty("yearToDate").Text("from"));
        var trend = dossiers.GetProperty("trend");
        Assert.Equal("2025-07", trend.Text("scopeChangedMonth"));
        Assert.Equal("phạm vi thay đổi từ 01/7/2025", trend.Text("scopeChangedText"));
        Assert.Equal("2026", Panel(snapshot.Panels, "indicators").GetProperty("year").ToString());
    }
}
