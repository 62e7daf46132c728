using System.Text.Json;
using IocDashboard.Integration.Tests.Infrastructure;

namespace IocDashboard.Integration.Tests.Features.Figures;

/// <summary>
/// The province's published figures F1–F10 (DOMAIN.md), read through the HTTP API from the seeded warehouse.
/// The numbers below are the published ones: the spec, asserted here and nowhere in the product's code.
/// </summary>
[Collection(SeededWarehouseGroup.Name)]
public sealed class PublishedFiguresTests(SeededWarehouse warehouse)
{
    private readonly HttpClient _client = warehouse.Client;

    [Fact]
    public async Task F1_province_dossiers_first_nine_months_of_2024()
    {
        var d = await _client.GetOkAsync("/api/dossiers/summary?from=2024-01-01&to=2024-09-30");
        Assert.Equal(270497, d.Long("received"));
        Assert.Equal(260103, d.Long("resolved"));
        Assert.Equal(254598, d.Long("resolvedOnTime"));
        Assert.Equal(5505, d.Long("resolvedLate"));
        Assert.Equal(254598.0 / 270497, d.GetProperty("onTimeShareOfReceived").GetDouble(), 5);
        Assert.Equal("94,12%", d.Text("onTimeShareOfReceivedText"));
        Assert.Equal("2,04%", d.Text("lateShareOfReceivedText"));
    }

    [Fact]
    public async Task F2_feedback_first_nine_months_of_2024()
    {
        var f = await _client.GetOkAsync("/api/feedback/summary?from=2024-01-01&to=2024-09-30");
        Assert.Equal(306, f.Long("received"));
    }

    [Fact]
    public async Task F3_reform_tasks_on_31_October_2024()
    {
        var t = await _client.GetOkAsync("/api/tasks/summary?asOf=2024-10-31");
        Assert.Equal(176, t.Long("total"));
        Assert.Equal(49, t.Long("inProgressOnTime"));
        Assert.Equal(5, t.Long("inProgressOverdue"));
        Assert.Equal(89, t.Long("completedOnTime"));
        Assert.Equal(4, t.Long("completedLate"));
        Assert.Equal(29, t.Long("completedAwaitingConfirmation"));
        Assert.Equal(176, t.GetProperty("byArea").EnumerateArray().Sum(a => a.Long("total")));
    }

    [Fact]
    public async Task F3_task_list_matches_the_summary()
    {
        var overdue = await _client.GetOkAsync("/api/tasks?asOf=2024-10-31&status=inProgressOverdue");
        Assert.Equal(5, overdue.Long("count"));
        Assert.All(overdue.GetProperty("items").EnumerateArray(), t =>
        {
            Assert.Equal("Đang thực hiện quá hạn", t.Text("statusText"));
            Assert.True(t.Long("daysOverdue") > 0);
        });
    }

    [Fact]
    public async Task F4_digital_transformation_indicators_on_31_October_2024()
    {
        var i = await _client.GetOkAsync("/api/indicators?asOf=2024-10-31");
        Assert.Equal(16, i.Long("total"));
        Assert.Equal(9, i.Long("achieved"));
        Assert.Equal(16, i.GetProperty("items").GetArrayLength());
        Assert.Equal("9/16 chỉ tiêu đạt", i.Text("achievedText"));
    }

    [Fact]
    public async Task F5_agencies_and_district_one_stop_shops_mid_2020()
    {
        var d = await _client.GetOkAsync("/api/dossiers/summary?from=2020-06-11&to=2020-09-09&level=province,district");
        Assert.Equal(51158, d.Long("received"));
        Assert.Equal(46709, d.Long("resolved"));
        Assert.Equal("91,30%", d.Text("resolvedRateText"));
        Assert.Equal(218, d.Long("pendingOverdue"));
        Assert.Equal("0,43%", d.Text("pendingOverdueShareOfReceivedText"));

        // Late dossiers concentrate in land, transport and justice.
        var byField = await _client.GetOkAsync("/api/dossiers/by-field?from=2020-06-11&to=2020-09-09&level=province,district");
        var late = byField.GetProperty("items").EnumerateArray().OrderByDescending(f => f.Long("resolvedLate")).Take(3).Select(f => f.Text("field"));
        Assert.Equal(["DAT_DAI", "GIAO_THONG", "TU_PHAP"], late.Order());
    }

    [Fact]
    public async Task F6_provincial_service_centre_January_to_July_2022()
    {
        var centre = await FindUnitAsync(u => u.Text("kind") == "serviceCentre");
        var d = await _client.GetOkAsync($"/api/dossiers/summary?from=2022-01-01&to=2022-07-31&unit={centre}");
        Assert.InRange(d.Long("received"), 88000, 89999);
        var channels = d.GetProperty("byChannel");
        Assert.True(channels.Long("direct") > 71000);
        Assert.True(channels.Long("postal") > 3500);
        Assert.True(channels.Long("online") > 14000);
        Assert.True(d.GetProperty("onlineRate").GetDouble() > 0.15);
        Assert.True(d.Long("resolved") > 83000);
        Assert.Equal(223, d.Long("resolvedLate"));
    }

    [Fact]
    public async Task F7_province_January_to_July_2022()
    {
        var d = await _client.GetOkAsync("/api/dossiers/summary?from=2022-01-01&to=2022-07-31");
        Assert.InRange(d.Long("received"), 320000, 323999);
        Assert.True(d.Long("resolvedFullProcessOnline") > 58000);
    }

    [Fact]
    public async Task F8_Tan_Bien_district_one_stop_shop_2022()
    {
        var tanBien = await FindUnitAsync(u => u.Text("kind") == "district" && u.Text("name").Contains("Tân Biên", StringComparison.Ordinal));
        var d = await _client.GetOkAsync($"/api/dossiers/summary?from=2022-01-01&to=2022-12-31&unit={tanBien}&scope=self");
        Assert.Equal(3061, d.Long("received"));
        Assert.Equal(3035, d.Long("resolvedOnTime"));
        Assert.Equal(22, d.Long("resolvedLate"));

        // Without scope=self the district includes its communes.
        var withCommunes = await _client.GetOkAsync($"/api/dossiers/summary?from=2022-01-01&to=2022-12-31&unit={tanBien}");
        Assert.True(withCommunes.Long("received") > 3061);
    }

    [Fact]
    public async Task F9_feedback_2020()
    {
        var year = await _client.GetOkAsync("/api/feedback/summary?from=2020-01-01&to=2020-09-10");
        var quarter = await _client.GetOkAsync("/api/feedback/summary?from=2020-06-11&to=2020-09-10");
        Assert.Equal(132, year.Long("received"));
        Assert.Equal(70, quarter.Long("received"));
        Assert.Equal(37, year.Long("forwarded"));
        Assert.Equal(95, year.Long("answeredOnline"));
    }

    [Fact]
    public async Task F10_procedure_catalogue_September_2020()
    {
        var p = await _client.GetOkAsync("/api/procedures/summary?asOf=2020-09-30");
        Assert.Equal(1904, p.Long("total"));
        Assert.Equal(1502, p.GetProperty("byLevel").Long("province"));
        Assert.Equal(260, p.GetProperty("byLevel").Long("district"));
        Assert.Equal(142, p.GetProperty("byLevel").Long("commune"));
        Assert.Equal(442, p.GetProperty("byOnlineLevel").Long("level3"));
        Assert.Equal(193, p.GetProperty("byOnlineLevel").Long("level4"));
    }

    [Fact]
    public async Task Org_unit_tree_has_the_pre_2025_province()
    {
        var tree = await _client.GetOkAsync("/api/org-units?asOf=2024-01-01");
        var all = Flatten(tree).ToList();
        Assert.Equal(9, all.Count(u => u.Text("kind") == "district"));
        Assert.Equal(94, all.Count(u => u.Text("kind") == "commune"));
        Assert.Equal(17, all.Count(u => u.Text("kind") == "agency" && IsUnder(tree, "serviceCentre", u.Text("code"))));
        Assert.Contains(all, u => u.Text("name") == "Thị xã Hòa Thành");

        // Before 1 February 2020 Hòa Thành was a district (huyện); the tree of that day shows it.
        var before = Flatten(await _client.GetOkAsync("/api/org-units?asOf=2020-01-15")).ToList();
        Assert.Contains(before, u => u.Text("name") == "Huyện Hòa Thành");
        Assert.DoesNotContain(before, u => u.Text("name") == "Thị xã Hòa Thành");
        Assert.Equal(95, before.Count(u => u.Text("kind") == "commune"));
    }

    [Fact]
    public async Task Every_seeded_row_has_its_load_batch()
    {
        await using var connection = new Npgsql.NpgsqlConnection(warehouse.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("""
            select (select count(*) from core.dossiers where load_batch_id is null),
                   (select count(*) from core.dossiers),
                   (select sum(rows_written) from ingest.load_batches where kind = 'seed')::bigint
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        Assert.Equal(0, reader.GetInt64(0));
        Assert.Equal(reader.GetInt64(1), reader.GetInt64(2));
        Assert.InRange(reader.GetInt64(1), 1_800_000, 2_300_000);
    }

    private async Task<string> FindUnitAsync(Func<JsonElement, bool> predicate)
    {
        var tree = await _client.GetOkAsync("/api/org-units?asOf=2022-01-01");
        var matches = Flatten(tree).Where(predicate).ToList();
        Assert.True(matches.Count == 1, $"{matches.Count} units match");
        return matches[0].Text("code");
    }

    private static IEnumerable<JsonElement> Flatten(JsonElement nodes) =>
        nodes.EnumerateArray().SelectMany(n => Flatten(n.GetProperty("children")).Prepend(n));

    private static bool IsUnder(JsonElement tree, string ancestorKind, string code) =>
        Flatten(tree).Where(n => n.Text("kind") == ancestorKind)
            .Any(a => Flatten(a.GetProperty("children")).Any(c => c.Text("code") == code));
}
