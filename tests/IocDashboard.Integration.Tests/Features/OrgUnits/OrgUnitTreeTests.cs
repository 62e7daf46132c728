using System.Text.Json;
using IocDashboard.Integration.Tests.Infrastructure;

namespace IocDashboard.Integration.Tests.Features.OrgUnits;

/// <summary>
/// GET /api/org-units?asOf: the province before and after the 2025 reorganisation (Long An and Tây Ninh merged on
/// 1 July 2025, the district level abolished, 96 communes and wards), with statistics codes, the seat and the
/// successor links of that day. Counts and names are the published ones (seed-data/reference/sources).
/// </summary>
public sealed class OrgUnitTreeTests(ReferenceWarehouse warehouse) : IClassFixture<ReferenceWarehouse>
{
    private readonly HttpClient _client = warehouse.Client;

    [Fact]
    public async Task Tree_of_31_October_2024_has_the_province_of_nine_districts_and_94_communes()
    {
        var tree = await _client.GetOkAsync("/api/org-units?asOf=2024-10-31");
        var province = Assert.Single(tree.EnumerateArray());
        Assert.Equal(("TNH", "Tỉnh Tây Ninh", "province"), (province.Text("code"), province.Text("name"), province.Text("kind")));
        Assert.Equal("72", province.Text("statCode"));
        Assert.Equal("Thành phố Tây Ninh", province.GetProperty("seat").Text("name"));

        var all = Flatten(tree).ToList();
        var districts = all.Where(u => u.Text("kind") == "district").ToList();
        Assert.Equal(9, districts.Count);
        Assert.All(districts, d => Assert.Equal("2025-07-01", d.Text("validTo")));
        Assert.Equal(94, districts.Sum(d => Children(d).Count(c => c.Text("kind") == "commune")));
        Assert.Equal(94, all.Count(u => u.Text("kind") == "commune"));
        var centre = Assert.Single(all, u => u.Text("kind") == "serviceCentre");
        Assert.Equal("TTPVHCC", centre.Text("code"));
        Assert.Equal(17, Children(centre).Count(c => c.Text("kind") == "agency"));
        Assert.Equal(3, Children(province).Count(c => c.Text("kind") == "agency"));

        // Thị xã Hòa Thành came from Huyện Hòa Thành in 2020.
        var hoaThanh = all.Single(u => u.Text("name") == "Thị xã Hòa Thành");
        Assert.Equal("709", hoaThanh.Text("statCode"));
        Assert.Equal([("709H", false)], Links(hoaThanh, "predecessors"));
        Assert.False(hoaThanh.TryGetProperty("successors", out _));
    }

    [Fact]
    public async Task Tree_of_30_November_2026_has_96_communes_and_wards_and_no_district()
    {
        var tree = await _client.GetOkAsync("/api/org-units?asOf=2026-11-30");
        var province = Assert.Single(tree.EnumerateArray());
        Assert.Equal(("TNH", "Tỉnh Tây Ninh"), (province.Text("code"), province.Text("name")));
        Assert.Equal("80", province.Text("statCode"));
        Assert.Equal("2000-01-01", province.Text("validFrom"));
        Assert.Equal(JsonValueKind.Null, province.GetProperty("validTo").ValueKind);
        var seat = province.GetProperty("seat");
        Assert.Equal(("27694", "Phường Long An"), (seat.Text("code"), seat.Text("name")));

        var all = Flatten(tree).ToList();
        Assert.DoesNotContain(all, u => u.Text("kind") == "district");
        var communes = Children(province).Where(c => c.Text("kind") == "commune").ToList();
        Assert.Equal(96, communes.Count);
        Assert.Equal(96, all.Count(u => u.Text("kind") == "commune"));
        Assert.Equal(14, communes.Count(c => c.Text("name").StartsWith("Phường ", StringComparison.Ordinal)));
        Assert.Equal(82, communes.Count(c => c.Text("name").StartsWith("Xã ", StringComparison.Ordinal)));
        Assert.Equal(36, communes.Count(c => c.TryGetProperty("predecessors", out _)));
        Assert.All(communes, c =>
        {
            Assert.Equal(c.Text("code"), c.Text("statCode"));
            Assert.Equal("2025-07-01", c.Text("validFrom"));
            var own = Assert.Single(Children(c));
            Assert.Equal("serviceCentre", own.Text("kind"));
            Assert.Equal(c.Text("code") + ".TTPVHCC", own.Text("code"));
            Assert.Equal("Trung tâm Phục vụ hành chính công " + char.ToLowerInvariant(c.Text("name")[0]) + c.Text("name")[1..], own.Text("name"));
        });
        foreach (var name in new[] { "Phường Long An", "Xã Tân Biên", "Phường Tân Ninh", "Xã Cần Giuộc" })
        {
            Assert.Single(communes, c => c.Text("name") == name);
        }

        // The provincial centre and its agencies continue; it is the one centre of the province.
        var centres = all.Where(u => u.Text("kind") == "serviceCentre").ToList();
        Assert.Equal(97, centres.Count);
        var provincial = Assert.Single(centres, c => c.Text("name").Contains("tỉnh", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("TTPVHCC", provincial.Text("code"));
        Assert.Equal(17, Children(provincial).Count(c => c.Text("kind") == "agency"));
        Assert.Equal(3, Children(province).Count(c => c.Text("kind") == "agency"));
    }

    [Fact]
    public async Task The_old_units_end_on_30_June_2025_and_the_new_ones_begin_the_next_day()
    {
        var before = Flatten(await _client.GetOkAsync("/api/org-units?asOf=2025-06-30")).ToList();
        var after = Flatten(await _client.GetOkAsync("/api/org-units?asOf=2025-07-01")).ToList();

        Assert.Equal((9, 94), (before.Count(u => u.Text("kind") == "district"), before.Count(u => u.Text("kind") == "commune")));
        Assert.Equal((0, 96), (after.Count(u => u.Text("kind") == "district"), after.Count(u => u.Text("kind") == "commune")));
        Assert.Empty(before.Select(u => u.Text("code")).Intersect(after.Where(u => u.Text("kind") is "commune" or "district").Select(u => u.Text("code"))));
    }

    [Fact]
    public async Task An_old_commune_split_between_new_ones_links_to_each_in_part()
    {
        var old = Flatten(await _client.GetOkAsync("/api/org-units?asOf=2024-10-31")).ToList();
        var suoiDay = old.Single(u => u.Text("name") == "Xã Suối Dây");
        Assert.Equal([("25516", true), ("25534", true)], Links(suoiDay, "successors"));
        Assert.Equal([("25486", false)], Links(old.Single(u => u.Text("name") == "Thị trấn Tân Biên"), "successors"));

        var now = Flatten(await _client.GetOkAsync("/api/org-units?asOf=2026-11-30")).ToList();
        var tanThanh = now.Single(u => u.Text("code") == "25534");
        Assert.Equal("Xã Tân Thành", tanThanh.Text("name"));
        Assert.Equal([(suoiDay.Text("code"), true), (old.Single(u => u.Text("name") == "Xã Tân Thành").Text("code"), false)], Links(tanThanh, "predecessors"));
        var tanBien = now.Single(u => u.Text("name") == "Xã Tân Biên");
        Assert.Equal(3, Links(tanBien, "predecessors").Count);
        Assert.All(Links(tanBien, "predecessors"), l => Assert.False(l.Partial));
        Assert.False(tanBien.TryGetProperty("successors", out _));
    }

    [Fact]
    public async Task Units_without_links_or_seat_leave_them_out()
    {
        var now = Flatten(await _client.GetOkAsync("/api/org-units?asOf=2026-11-30")).ToList();
        var agency = now.Single(u => u.Text("code") == "STP");

        Assert.Equal(
            ["children", "code", "kind", "name", "statCode", "validFrom", "validTo"],
            agency.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    private static List<JsonElement> Children(JsonElement node) => [.. node.GetProperty("children").EnumerateArray()];

    private static IEnumerable<JsonElement> Flatten(JsonElement nodes) =>
        nodes.EnumerateArray().SelectMany(n => Flatten(n.GetProperty("children")).Prepend(n));

    private static List<(string Code, bool Partial)> Links(JsonElement node, string name) =>
        node.GetProperty(name).EnumerateArray().Select(l => (l.Text("code"), l.GetProperty("partial").GetBoolean())).ToList();
}
