using System.Text.Json;
using IocDashboard.Integration.Tests.Infrastructure;

namespace IocDashboard.Integration.Tests.Features.ServiceIndex;

/// <summary>
/// GET /api/service-index on the small data set of <see cref="ServiceIndexData"/> (December 2025): every indicator's
/// points worked out by hand, the indicators without data left out of the maximum, and bad input.
/// </summary>
public sealed class ServiceIndexApiTests(ServiceIndexData data) : IClassFixture<ServiceIndexData>
{
    private const string December = "from=2025-12-01&to=2025-12-31";
    private static readonly string[] ProvinceOnly = ["4.3", "6.1", "6.2"];

    // Unit A (Xã Hưng Điền), December 2025. Workload: received 7 (online A1, A2, A4, A9: 4), carried over 2 (A7, A8);
    // resolved 7 = before the deadline 4 (A1, A4, A8, A9) + on it 1 (A2) + late 2 (A3, A7); pending 2 = within 1 (A5)
    // + overdue 1 (A6). Petitions received 4 (P1–P4): on time 1 (P1), late 2 (P2 answered after its last day, P3
    // unanswered past it), open 1 (P4, left out).
    //   2.1 progress       (4 + 1 + 1) / (7 + 2) = 6/9            linear × 20          = 13.333333
    //   3.1 online         4 / 7 = 0.571429                       × 6 / 0.8            =  4.285714
    //   3.2 full-process   1,134 / 1,192 = 0.951342 ≥ 0.8                               =  6
    //   5.1 petitions      1 / (1 + 2) = 0.333333                 × 6 / 0.8            =  2.5
    //   5.3 dossiers       (7 − 2 − 4) / 7 = 0.142857             × 6 / 0.8            =  1.071429
    //   4.3, 6.1, 6.2: the province's indicators, no data for a commune. Total 27.190476 of 44.
    [Fact]
    public async Task A_commune_scores_what_its_own_dossiers_and_petitions_give_and_has_no_indicator_values()
    {
        var body = await data.Client.GetOkAsync($"/api/service-index?{December}&unit={ServiceIndexData.UnitA}");

        Assert.Equal(ServiceIndexData.UnitA, body.Text("unit"));
        Assert.Equal("Xã Hưng Điền", body.Text("unitName"));
        AssertPoints(body, "2.1", 6.0 / 9, 13.333333, "13,33");
        AssertPoints(body, "3.1", 4.0 / 7, 4.285714, "4,29");
        AssertPoints(body, "3.2", 1134.0 / 1192, 6, "6,00");
        AssertPoints(body, "5.1", 1.0 / 3, 2.5, "2,50");
        AssertPoints(body, "5.3", 1.0 / 7, 1.071429, "1,07");
        foreach (var code in ProvinceOnly)
        {
            var missing = AssertMissing(body, code);
            Assert.Contains("chỉ có số liệu của toàn tỉnh", missing.Text("missingReason"), StringComparison.Ordinal);
        }

        Assert.Equal(27.190476, body.GetProperty("pointsWithData").GetDouble(), 6);
        Assert.Equal(44, body.GetProperty("maximumWithData").GetInt32());
        Assert.Equal(100, body.GetProperty("maximum").GetInt32());
        Assert.Equal("27,19 / 44 điểm có dữ liệu", body.Text("text"));

        var inputs = body.GetProperty("inputs");
        Assert.Equal((7, 4, 1, 2, 2, 1), (inputs.Long("resolved"), inputs.Long("beforeDeadline"), inputs.Long("onDeadline"), inputs.Long("late"), inputs.Long("pending"), inputs.Long("withinDeadline")));
        Assert.Equal((4, 1, 2, 1), (inputs.Long("petitionsReceived"), inputs.Long("petitionsOnTime"), inputs.Long("petitionsLate"), inputs.Long("petitionsOpen")));
        Assert.Equal(10, inputs.GetProperty("petitionAnswerWorkingDays").GetInt32());
    }

    // The province (units A and B: no other dossiers in this warehouse), December 2025. Workload: received 9 (online
    // 5: A's 4 + B1), carried over 2; resolved 8 = before 5 (+ B1) + on 1 + late 2; pending 3 = within 1 + overdue 2
    // (A6, B2). Petitions received 5: on time 2 (P1, Q1), late 2, open 1. CDS04: 60% in December (January's 90% is
    // after the period); CDS05: 45.5% in December.
    //   2.1 progress        (5 + 1 + 1) / (8 + 3) = 7/11          linear × 20          = 12.727273
    //   3.1 online          5 / 9 = 0.555556                      × 6 / 0.8            =  4.166667
    //   3.2 full-process    1,134 / 1,192 ≥ 0.8                                         =  6
    //   4.3 paid online     0.6                                   × 6 / 0.8            =  4.5
    //   5.1 petitions       2 / 4 = 0.5                           × 6 / 0.8            =  3.75
    //   5.3 dossiers        (8 − 2 − 5) / 8 = 0.125               × 6 / 0.8            =  0.9375
    //   6.1 e-results       0.455                                 linear × 6           =  2.73
    //   6.2 digitised       0.455                                 linear × 4           =  1.82
    //   Total 36.631439 of 20 + 6 + 6 + 6 + 6 + 6 + 6 + 4 = 60.
    [Fact]
    public async Task The_province_also_scores_online_payment_and_digitisation_from_its_indicators()
    {
        var body = await data.Client.GetOkAsync($"/api/service-index?{December}");

        Assert.Equal("TNH", body.Text("unit"));
        AssertPoints(body, "2.1", 7.0 / 11, 12.727273, "12,73");
        AssertPoints(body, "3.1", 5.0 / 9, 4.166667, "4,17");
        AssertPoints(body, "3.2", 1134.0 / 1192, 6, "6,00");
        AssertPoints(body, "4.3", 0.6, 4.5, "4,50");
        AssertPoints(body, "5.1", 0.5, 3.75, "3,75");
        AssertPoints(body, "5.3", 0.125, 0.9375, "0,94");
        AssertPoints(body, "6.1", 0.455, 2.73, "2,73");
        AssertPoints(body, "6.2", 0.455, 1.82, "1,82");
        Assert.Contains("CDS04 tháng 12/2025", Indicator(body, "4.3").Text("source"), StringComparison.Ordinal);

        Assert.Equal(36.631439, body.GetProperty("pointsWithData").GetDouble(), 6);
        Assert.Equal(60, body.GetProperty("maximumWithData").GetInt32());
        Assert.Equal("36,63 / 60 điểm có dữ liệu", body.Text("text"));

        // The groups: each with its official maximum and the part of it with data.
        var groups = body.GetProperty("groups").EnumerateArray().ToDictionary(g => g.Text("code"));
        Assert.Equal(
            [("transparency", 18, 0), ("progress", 20, 20), ("onlineService", 12, 12), ("onlinePayment", 10, 6), ("satisfaction", 18, 12), ("digitisation", 22, 10)],
            groups.Values.Select(g => (g.Text("code"), g.GetProperty("maximum").GetInt32(), g.GetProperty("maximumWithData").GetInt32())));
        Assert.Equal(4.5 + 0.0, groups["onlinePayment"].GetProperty("pointsWithData").GetDouble(), 6);
        Assert.Equal("4,50 / 6 điểm có dữ liệu", groups["onlinePayment"].Text("text"));
    }

    [Fact]
    public async Task Every_indicator_the_data_cannot_support_says_so_and_why_never_a_silent_zero()
    {
        var body = await data.Client.GetOkAsync($"/api/service-index?{December}");

        var indicators = body.GetProperty("groups").EnumerateArray().SelectMany(g => g.GetProperty("indicators").EnumerateArray()).ToList();
        Assert.Equal(20, indicators.Count);
        Assert.Equal(100, indicators.Sum(i => i.GetProperty("maximum").GetInt32()));
        string[] missing = ["1.1", "1.2", "1.3", "1.4", "4.1", "4.2", "5.2", "6.3", "6.4", "6.5", "6.6", "6.7"];
        Assert.Equal(missing, indicators.Where(i => i.GetProperty("points").ValueKind == JsonValueKind.Null).Select(i => i.Text("code")));
        Assert.All(missing, code => AssertMissing(body, code));
        Assert.All(indicators, i =>
        {
            Assert.False(string.IsNullOrEmpty(i.Text("name")));
            Assert.True(i.Text("rule") is "linear" or "fullFrom80Percent", i.ToString());
            Assert.False(string.IsNullOrEmpty(i.Text("ruleText")));
            Assert.False(string.IsNullOrEmpty(i.Text("source")));
        });
    }

    // January 2026: CDS04 has January's 90% (≥ 80%: all 6 points); CDS05 has no value of 2026 yet, and December's of
    // the year before does not count.
    [Fact]
    public async Task An_indicator_value_counts_only_within_the_year_of_the_period_end()
    {
        var body = await data.Client.GetOkAsync("/api/service-index?from=2026-01-01&to=2026-01-31");

        AssertPoints(body, "4.3", 0.9, 6, "6,00");
        var digitised = AssertMissing(body, "6.1");
        Assert.Contains("CDS05 của năm 2026", digitised.Text("missingReason"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/service-index?to=2025-12-31", "from")]
    [InlineData("/api/service-index?from=2025-12-01", "to")]
    [InlineData("/api/service-index?from=2025-02-30&to=2025-12-31", "from")]
    [InlineData("/api/service-index?from=2025-12-01&to=31/12/2025", "to")]
    [InlineData("/api/service-index?from=2025-12-31&to=2025-12-01", "from")]
    [InlineData("/api/service-index?from=0001-01-01&to=0001-01-02", "from")]
    [InlineData("/api/service-index?from=2025-12-01&to=2025-12-31&unit=NOPE", "unit")]
    public async Task Bad_input_answers_400_naming_the_parameter(string url, string parameter)
    {
        var (status, contentType, body) = await data.Client.GetJsonAsync(url);

        Assert.Equal(400, status);
        Assert.Equal("application/problem+json", contentType);
        Assert.True(body.GetProperty("errors").TryGetProperty(parameter, out var messages), body.ToString());
        Assert.NotEmpty(messages.EnumerateArray());
    }

    private static JsonElement Indicator(JsonElement body, string code) =>
        body.GetProperty("groups").EnumerateArray().SelectMany(g => g.GetProperty("indicators").EnumerateArray()).Single(i => i.Text("code") == code);

    private static void AssertPoints(JsonElement body, string code, double rate, double points, string pointsText)
    {
        var indicator = Indicator(body, code);
        Assert.Equal(rate, indicator.GetProperty("rate").GetDouble(), 6);
        Assert.Equal(points, indicator.GetProperty("points").GetDouble(), 6);
        Assert.Equal(pointsText, indicator.Text("pointsText"));
        Assert.Equal(JsonValueKind.Null, indicator.GetProperty("missingReason").ValueKind);
    }

    private static JsonElement AssertMissing(JsonElement body, string code)
    {
        var indicator = Indicator(body, code);
        Assert.Equal(JsonValueKind.Null, indicator.GetProperty("rate").ValueKind);
        Assert.Equal(JsonValueKind.Null, indicator.GetProperty("points").ValueKind);
        Assert.Equal("chưa có dữ liệu", indicator.Text("pointsText"));
        Assert.Equal("—", indicator.Text("rateText"));
        Assert.False(string.IsNullOrEmpty(indicator.Text("missingReason")));
        return indicator;
    }
}
