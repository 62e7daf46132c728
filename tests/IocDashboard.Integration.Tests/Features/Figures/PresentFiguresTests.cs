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
