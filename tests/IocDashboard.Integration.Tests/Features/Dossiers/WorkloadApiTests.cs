using System.Text.Json;
using IocDashboard.Integration.Tests.Infrastructure;

namespace IocDashboard.Integration.Tests.Features.Dossiers;

/// <summary>GET /api/dossiers/workload through HTTP on the seeded warehouse: the total, the rows, the identities, bad input.</summary>
[Collection(SeededWarehouseGroup.Name)]
public sealed class WorkloadApiTests(SeededWarehouse warehouse)
{
    private static readonly string[] Counts =
    [
        "received", "receivedOnline", "receivedDirectOrPostal", "carriedOver", "toHandle", "resolved",
        "beforeDeadline", "onDeadline", "late", "pending", "withinDeadline", "overdue",
    ];

    [Fact]
    public async Task The_province_total_balances_and_receives_what_the_cohort_summary_receives()
    {
        var w = await warehouse.Client.GetOkAsync("/api/dossiers/workload?from=2024-01-01&to=2024-09-30");
        Assert.Equal("TNH", w.Text("unit"));
        Assert.Equal("Tỉnh Tây Ninh", w.Text("unitName"));
        Assert.Equal("all", w.Text("scope"));
        Assert.Equal(["province", "district", "commune"], w.GetProperty("levels").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal("2024-01-01", w.Text("from"));
        Assert.Equal("2024-09-30", w.Text("to"));
        Assert.False(w.TryGetProperty("rows", out _));
        var total = w.GetProperty("total");
        AssertRow(total);

        // The dossiers received are the cohort's (F1: 270,497), through the same channels.
        var cohort = await warehouse.Client.GetOkAsync("/api/dossiers/summary?from=2024-01-01&to=2024-09-30");
        Assert.Equal(270497, total.Long("received"));
        Assert.Equal(cohort.GetProperty("byChannel").Long("online"), total.Long("receivedOnline"));
        Assert.True(total.Long("carriedOver") > 0);
        Assert.True(total.Long("beforeDeadline") > 0 && total.Long("onDeadline") > 0 && total.Long("late") > 0);
        Assert.Equal(total.Long("receivedOnline") / (double)total.Long("received"), total.GetProperty("onlineRate").GetDouble(), 6);
    }

    [Theory]
    [InlineData("field")]
    [InlineData("unit")]
    public async Task Rows_balance_and_sum_to_the_total(string by)
    {
        var w = await warehouse.Client.GetOkAsync($"/api/dossiers/workload?from=2024-06-15&to=2024-09-14&by={by}");
        Assert.Equal(by, w.Text("by"));
        var rows = w.GetProperty("rows").EnumerateArray().ToList();
        Assert.True(rows.Count > 5, w.ToString());
        var total = w.GetProperty("total");
        AssertRow(total);
        Assert.All(rows, AssertRow);
        foreach (var count in Counts)
        {
            Assert.Equal(total.Long(count), rows.Sum(r => r.Long(count)));
        }

        Assert.All(rows, r => Assert.False(string.IsNullOrEmpty(r.Text("code")) || string.IsNullOrEmpty(r.Text("name"))));
        if (by == "unit")
        {
            // Agencies first, then the district-level units with their communes, each by code; a district's row is
            // what the same question asks of the district with its descendants.
            Assert.Equal(["agency", "district"], rows.Select(r => r.Text("kind")).Distinct());
            var row = rows.Single(r => r.Text("code") == "705");
            Assert.Equal("Huyện Tân Biên", row.Text("name"));
            var district = (await warehouse.Client.GetOkAsync("/api/dossiers/workload?from=2024-06-15&to=2024-09-14&unit=705")).GetProperty("total");
            Assert.All(Counts, count => Assert.Equal(district.Long(count), row.Long(count)));
        }
        else
        {
            Assert.All(rows, r => Assert.False(r.TryGetProperty("kind", out _)));
        }

        // One unit's own one-stop-shop only, at two levels: the scope and the levels come back as asked.
        var own = await warehouse.Client.GetOkAsync($"/api/dossiers/workload?from=2024-06-15&to=2024-09-14&unit=705&scope=self&level=district,commune&by={by}");
        Assert.Equal("self", own.Text("scope"));
        Assert.Equal(["district", "commune"], own.GetProperty("levels").EnumerateArray().Select(l => l.GetString()));
        AssertRow(own.GetProperty("total"));
        Assert.All(own.GetProperty("rows").EnumerateArray(), AssertRow);
    }

    [Theory]
    [InlineData("/api/dossiers/workload?to=2024-09-30", "from")]
    [InlineData("/api/dossiers/workload?from=2024-01-01", "to")]
    [InlineData("/api/dossiers/workload?from=2024-02-30&to=2024-09-30", "from")]
    [InlineData("/api/dossiers/workload?from=2024-01-01&to=30/09/2024", "to")]
    [InlineData("/api/dossiers/workload?from=2024-09-30&to=2024-01-01", "from")]
    [InlineData("/api/dossiers/workload?from=0001-01-01&to=0001-01-02", "from")]
    [InlineData("/api/dossiers/workload?from=9999-12-30&to=9999-12-31", "to")]
    [InlineData("/api/dossiers/workload?from=2024-01-01&to=2024-09-30&unit=NOPE", "unit")]
    [InlineData("/api/dossiers/workload?from=2024-01-01&to=2024-09-30&level=region", "level")]
    [InlineData("/api/dossiers/workload?from=2024-01-01&to=2024-09-30&level=,", "level")]
    [InlineData("/api/dossiers/workload?from=2024-01-01&to=2024-09-30&scope=everything", "scope")]
    [InlineData("/api/dossiers/workload?from=2024-01-01&to=2024-09-30&by=month", "by")]
    [InlineData("/api/dossiers/summary?from=0001-01-01&to=0001-01-02", "from")]
    public async Task Bad_input_answers_400_naming_the_parameter(string url, string parameter)
    {
        var (status, contentType, body) = await warehouse.Client.GetJsonAsync(url);

        Assert.Equal(400, status);
        Assert.Equal("application/problem+json", contentType);
        Assert.True(body.GetProperty("errors").TryGetProperty(parameter, out var messages), body.ToString());
        Assert.NotEmpty(messages.EnumerateArray());
    }

    /// <summary>The form's identities: (3) = (4) + (5) + (6), (3) = (7) + (11), (7) = (8) + (9) + (10), (11) = (12) + (13).</summary>
    private static void AssertRow(JsonElement row)
    {
        Assert.Equal(row.Long("toHandle"), row.Long("receivedOnline") + row.Long("receivedDirectOrPostal") + row.Long("carriedOver"));
        Assert.Equal(row.Long("received"), row.Long("receivedOnline") + row.Long("receivedDirectOrPostal"));
        Assert.Equal(row.Long("toHandle"), row.Long("resolved") + row.Long("pending"));
        Assert.Equal(row.Long("resolved"), row.Long("beforeDeadline") + row.Long("onDeadline") + row.Long("late"));
        Assert.Equal(row.Long("pending"), row.Long("withinDeadline") + row.Long("overdue"));
        if (row.Long("resolved") == 0)
        {
            Assert.Equal(JsonValueKind.Null, row.GetProperty("onTimeRate").ValueKind);
            Assert.Equal("—", row.Text("onTimeRateText"));
        }
        else
        {
            var rate = (row.Long("beforeDeadline") + row.Long("onDeadline")) / (double)row.Long("resolved");
            Assert.Equal(Math.Round(rate, 6), row.GetProperty("onTimeRate").GetDouble(), 6);
            Assert.EndsWith("%", row.Text("onTimeRateText"), StringComparison.Ordinal);
        }
    }
}
