using System.Text.Json;
using IocDashboard.Integration.Tests.Features.Reports;
using IocDashboard.Integration.Tests.Infrastructure;

namespace IocDashboard.Integration.Tests.Features.Dossiers;

/// <summary>
/// /api/dossiers/workload with <c>compare</c> on the history to 30 November 2026: each compared period's measures are
/// what a plain call for its dates answers, the change is the difference, and a comparison across the 2025 merger says so.
/// </summary>
[Collection(PresentWarehouseGroup.Name)]
public sealed class WorkloadComparisonTests(PresentWarehouse warehouse) : PresentReportApp(warehouse)
{
    private static readonly string[] Counts =
    [
        "received", "receivedOnline", "receivedDirectOrPostal", "carriedOver", "toHandle", "resolved",
        "beforeDeadline", "onDeadline", "late", "pending", "withinDeadline", "overdue",
    ];

    [Fact]
    public async Task An_official_quarter_is_compared_with_the_quarter_before_and_the_same_quarter_a_year_before()
    {
        var w = await Client.GetOkAsync("/api/dossiers/workload?from=2026-06-15&to=2026-09-14&compare=previous,lastYear");
        var total = w.GetProperty("total");
        var comparisons = w.GetProperty("comparisons").EnumerateArray().ToList();
        Assert.Equal(["previous", "lastYear"], comparisons.Select(c => c.Text("kind")));

        var previous = comparisons[0];
        Assert.Equal(("2026-03-15", "2026-06-14"), (previous.Text("from"), previous.Text("to")));
        await AssertIsPlainCallAsync(previous, total);
        Assert.Equal(JsonValueKind.Null, previous.GetProperty("scopeChangedText").ValueKind);

        // The same quarter of 2025 straddles the merger of 1 July 2025: the figures are given, and the note.
        var lastYear = comparisons[1];
        Assert.Equal(("2025-06-15", "2025-09-14"), (lastYear.Text("from"), lastYear.Text("to")));
        await AssertIsPlainCallAsync(lastYear, total);
        Assert.Equal("phạm vi thay đổi từ 01/7/2025", lastYear.Text("scopeChangedText"));
    }

    [Fact]
    public async Task A_week_is_compared_with_the_week_before_for_a_commune()
    {
        var w = await Client.GetOkAsync("/api/dossiers/workload?from=2026-11-23&to=2026-11-29&unit=27727&compare=previous");
        var comparison = Assert.Single(w.GetProperty("comparisons").EnumerateArray());
        Assert.Equal(("previous", "2026-11-16", "2026-11-22"), (comparison.Text("kind"), comparison.Text("from"), comparison.Text("to")));
        await AssertIsPlainCallAsync(comparison, w.GetProperty("total"), "&unit=27727");
    }

    [Fact]
    public async Task Without_compare_the_answer_has_no_comparisons() =>
        Assert.False((await Client.GetOkAsync("/api/dossiers/workload?from=2026-11-01&to=2026-11-29")).TryGetProperty("comparisons", out _));

    [Theory]
    [InlineData("compare=month")]
    [InlineData("compare=previous,yesterday")]
    [InlineData("compare=")]
    public async Task A_bad_comparison_answers_400_naming_compare(string query)
    {
        var (status, contentType, body) = await Client.GetJsonAsync("/api/dossiers/workload?from=2026-11-01&to=2026-11-29&" + query);
        Assert.Equal(400, status);
        Assert.Equal("application/problem+json", contentType);
        Assert.True(body.GetProperty("errors").TryGetProperty("compare", out _), body.ToString());
    }

    /// <summary>The comparison's measures against a plain call for its dates, and its change against the period's total.</summary>
    private async Task AssertIsPlainCallAsync(JsonElement comparison, JsonElement total, string extra = "")
    {
        var plain = (await Client.GetOkAsync($"/api/dossiers/workload?from={comparison.Text("from")}&to={comparison.Text("to")}{extra}")).GetProperty("total");
        var change = comparison.GetProperty("change");
        foreach (var count in Counts)
        {
            Assert.Equal(plain.Long(count), comparison.Long(count));
            var (now, before) = (total.Long(count), plain.Long(count));
            Assert.Equal(now - before, change.GetProperty(count).Long("absolute"));
            if (before != 0)
            {
                Assert.Equal((double)(now - before) / before, change.GetProperty(count).GetProperty("relative").GetDouble(), 6);
            }
        }

        Assert.Equal(plain.Text("onTimeRateText"), comparison.Text("onTimeRateText"));
        var points = (total.GetProperty("onTimeRate").GetDouble() - plain.GetProperty("onTimeRate").GetDouble()) * 100;
        Assert.Equal(points, change.GetProperty("onTimeRate").GetProperty("points").GetDouble(), 4);
    }
}
