using System.Text.Json;
using IocDashboard.Integration.Tests.Infrastructure;

namespace IocDashboard.Integration.Tests.Features.Figures;

/// <summary>
/// The figures published after the 2025 merger (F11, F12 of DOMAIN.md; workload measures), read through the HTTP
/// API from a warehouse seeded to a fixed present. The ranges are the press reports' own words.
/// </summary>
[Collection(PresentWarehouseGroup.Name)]
public sealed class PresentFiguresTests(PresentWarehouse warehouse)
{
    private readonly HttpClient _client = warehouse.Client;

    [Fact]
    public async Task F11_the_provincial_centre_in_the_second_half_of_2025()
    {
        var tree = await _client.GetOkAsync("/api/org-units?asOf=2025-12-31");
        var centre = Assert.Single(Walk(tree), n => n.Text("kind") == "serviceCentre" && n.Text("name").Contains("tỉnh", StringComparison.Ordinal));

        var w = Total(await _client.GetOkAsync($"/api/dossiers/workload?from=2025-07-01&to=2025-12-31&unit={centre.Text("code")}"));
        Assert.InRange(w.Long("received"), 46_500, 46_699);
        Assert.Equal(91.36, Math.Round(100.0 * w.Long("receivedOnline") / w.Long("received"), 2, MidpointRounding.AwayFromZero));
        Assert.InRange(w.Long("resolved"), 42_501, 42_999);
        Assert.Equal(0, w.Long("late"));
    }

    [Fact]
    public async Task F12_the_whole_province_and_its_communes_1_July_to_30_November_2025()
    {
        var province = Total(await _client.GetOkAsync("/api/dossiers/workload?from=2025-07-01&to=2025-11-30"));
        var communes = Total(await _client.GetOkAsync("/api/dossiers/workload?from=2025-07-01&to=2025-11-30&level=commune"));

        Assert.InRange(province.Long("received"), 690_000, 699_999);
        Assert.True(OnTime(province) > 0.99, $"province on time {OnTime(province):P4}");
        Assert.Equal(99.98, Math.Round(100 * OnTime(communes), 2, MidpointRounding.AwayFromZero));
    }

    [Fact]
    public async Task The_tree_of_today_has_the_96_communes_and_wards_and_no_district()
    {
        var nodes = Walk(await _client.GetOkAsync("/api/org-units?asOf=2026-11-30")).ToList();

        Assert.Equal(96, nodes.Count(n => n.Text("kind") == "commune"));
        Assert.DoesNotContain(nodes, n => n.Text("kind") == "district");
    }

    [Fact]
    public async Task Within_todays_boundaries_a_commune_before_the_merger_is_the_sum_of_the_communes_it_was_formed_from()
    {
        // Xã Phước Chỉ (25729) was formed wholly from xã Phước Bình and xã Phước Chỉ of Trảng Bàng (712.09, 712.10).
        var current = await _client.GetOkAsync("/api/dossiers/summary?from=2024-01-01&to=2024-12-31&unit=25729&scope=current");
        var first = await _client.GetOkAsync("/api/dossiers/summary?from=2024-01-01&to=2024-12-31&unit=712.09");
        var second = await _client.GetOkAsync("/api/dossiers/summary?from=2024-01-01&to=2024-12-31&unit=712.10");
        var alone = await _client.GetOkAsync("/api/dossiers/summary?from=2024-01-01&to=2024-12-31&unit=25729");

        Assert.Equal("current", current.Text("scope"));
        Assert.True(first.Long("received") > 0 && second.Long("received") > 0);
        Assert.Equal(first.Long("received") + second.Long("received"), current.Long("received"));
        Assert.Equal(first.Long("resolvedOnTime") + second.Long("resolvedOnTime"), current.Long("resolvedOnTime"));
        Assert.Equal(0, alone.Long("received"));
        Assert.False(current.TryGetProperty("approximateText", out _));
    }

    [Fact]
    public async Task A_commune_formed_from_part_of_a_former_one_is_marked_approximate_and_old_Long_An_has_nothing_before_the_merger()
    {
        // Xã Lộc Ninh (25579) took only part of one of the communes it was formed from (707.08).
        var split = await _client.GetOkAsync("/api/dossiers/workload?from=2024-01-01&to=2024-12-31&unit=25579&scope=current");
        var longAn = await _client.GetOkAsync("/api/dossiers/summary?from=2024-01-01&to=2024-12-31&unit=27694&scope=current");

        Assert.Equal("xấp xỉ", split.Text("approximateText"));
        Assert.True(Total(split).Long("received") > 0);
        Assert.Equal(0, longAn.Long("received"));
    }

    [Fact]
    public async Task A_period_across_the_merger_says_that_the_units_counted_changed()
    {
        // The whole province over 2025: the district level ends and the communes of old Long An begin on 1 July.
        var province = await _client.GetOkAsync("/api/dossiers/workload?from=2025-01-01&to=2025-12-31");
        // Phường Long An (27694), formed from units of old Long An, did not exist before 1 July 2025.
        var longAn = await _client.GetOkAsync("/api/dossiers/summary?from=2025-01-01&to=2025-12-31&unit=27694&scope=current");
        // After the merger, or before it, or an agency throughout: nothing to say.
        var after = await _client.GetOkAsync("/api/dossiers/workload?from=2025-07-01&to=2025-12-31");
        var before = await _client.GetOkAsync("/api/dossiers/summary?from=2024-01-01&to=2024-12-31");
        var agency = await _client.GetOkAsync("/api/dossiers/summary?from=2025-01-01&to=2025-12-31&unit=SNV");

        Assert.Equal("phạm vi thay đổi từ 01/7/2025", province.Text("scopeChangedText"));
        Assert.Equal("phạm vi thay đổi từ 01/7/2025", longAn.Text("scopeChangedText"));
        Assert.False(after.TryGetProperty("scopeChangedText", out _));
        Assert.False(before.TryGetProperty("scopeChangedText", out _));
        Assert.False(agency.TryGetProperty("scopeChangedText", out _));
    }

    private static double OnTime(JsonElement w) => (double)(w.Long("beforeDeadline") + w.Long("onDeadline")) / w.Long("resolved");

    private static JsonElement Total(JsonElement answer) => answer.TryGetProperty("total", out var total) ? total : answer;

    private static IEnumerable<JsonElement> Walk(JsonElement nodes)
    {
        foreach (var node in nodes.ValueKind == JsonValueKind.Array ? nodes.EnumerateArray() : Enumerable.Repeat(nodes, 1))
        {
            yield return node;
            if (node.TryGetProperty("children", out var children))
            {
                foreach (var child in Walk(children))
                {
                    yield return child;
                }
            }
        }
    }
}
