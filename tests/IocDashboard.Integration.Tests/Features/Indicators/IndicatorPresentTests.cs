using IocDashboard.Integration.Tests.Infrastructure;

namespace IocDashboard.Integration.Tests.Features.Indicators;

/// <summary>
/// GET /api/indicators in the present: the 2026 targets (none for the district level, which ended on 1 July 2025)
/// against the latest monthly values, and the full-process online indicator at the procedure catalogue's rate.
/// </summary>
[Collection(SeededWarehouseGroup.Name)]
public sealed class IndicatorPresentTests(SeededWarehouse warehouse)
{
    private readonly HttpClient _client = warehouse.Client;

    [Fact]
    public async Task On_30_November_2026_the_indicators_carry_the_2026_targets_and_the_November_values()
    {
        var i = await _client.GetOkAsync("/api/indicators?asOf=2026-11-30");
        var items = i.GetProperty("items").EnumerateArray().ToDictionary(x => x.Text("code"));

        Assert.Equal(2026, i.Long("year"));
        Assert.Equal(16, i.Long("total"));
        Assert.InRange(i.Long("achieved"), 8, 13);
        Assert.Equal(15, i.Long("withTarget"));
        Assert.Equal($"{i.Long("achieved")}/15 chỉ tiêu đạt", i.Text("achievedText"));
        Assert.All(items.Values.Where(x => x.Text("code") != "CDS08"), x =>
        {
            Assert.Equal("2026-11", x.Text("actualPeriod"));
            Assert.Equal(System.Text.Json.JsonValueKind.Number, x.GetProperty("target").ValueKind);
            Assert.Equal(11, x.GetProperty("series").GetArrayLength());
        });

        // No target for the district level in 2026 (not judged: the achieved count is out of 15); its last value is June 2025's.
        var district = items["CDS08"];
        Assert.Equal(System.Text.Json.JsonValueKind.Null, district.GetProperty("target").ValueKind);
        Assert.Equal("2025-06", district.Text("actualPeriod"));
        Assert.False(district.GetProperty("achieved").GetBoolean());

        // The online dossier share near the dossier history's after the merger, the full-process rate met.
        Assert.InRange(items["CDS01"].GetProperty("actual").GetDecimal(), 75m, 90m);
        Assert.True(items["CDS02"].GetProperty("achieved").GetBoolean());
    }

    [Fact]
    public async Task The_full_process_online_indicator_of_December_2025_is_F13()
    {
        var i = await _client.GetOkAsync("/api/indicators?asOf=2025-12-31");
        var fullOnline = i.GetProperty("items").EnumerateArray().Single(x => x.Text("code") == "CDS02");
        var catalogue = await _client.GetOkAsync("/api/procedures/summary?asOf=2025-12-31");

        Assert.Equal("2025-12", fullOnline.Text("actualPeriod"));
        Assert.Equal(95.13m, fullOnline.GetProperty("actual").GetDecimal());
        Assert.Equal("95,13%", fullOnline.Text("actualText"));
        Assert.Equal(catalogue.Text("fullOnlineRateText"), fullOnline.Text("actualText"));
        Assert.Equal(80m, fullOnline.GetProperty("target").GetDecimal());
    }
}
