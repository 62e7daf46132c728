using System.Diagnostics;
using System.Text.Json;
using IocDashboard.Integration.Tests.Infrastructure;
using Xunit.Abstractions;

namespace IocDashboard.Integration.Tests.Features.ServiceIndex;

/// <summary>The service index on the seeded history to the present (about 4.7 million dossiers).</summary>
[Collection(PresentWarehouseGroup.Name)]
public sealed class ServiceIndexPresentTests(PresentWarehouse warehouse, ITestOutputHelper output)
{
    private static readonly string[] Measured = ["2.1", "3.1", "3.2"];

    [Fact]
    public async Task The_province_answers_with_progress_and_online_figures_over_the_full_history()
    {
        const string url = "/api/service-index?from=2020-01-01&to=2026-11-30";
        var body = await warehouse.Client.GetOkAsync(url);

        var indicators = body.GetProperty("groups").EnumerateArray().SelectMany(g => g.GetProperty("indicators").EnumerateArray())
            .ToDictionary(i => i.Text("code"));
        foreach (var code in Measured)
        {
            Assert.Equal(JsonValueKind.Number, indicators[code].GetProperty("points").ValueKind);
            Assert.InRange(indicators[code].GetProperty("rate").GetDouble(), 0.01, 1);
        }

        // Progress near the province's on-time rates (about 99% after the merger, above 90% before).
        Assert.InRange(indicators["2.1"].GetProperty("rate").GetDouble(), 0.9, 1);
        Assert.True(body.GetProperty("inputs").Long("received") > 4_000_000, body.GetProperty("inputs").ToString());
        Assert.EndsWith("điểm có dữ liệu", body.Text("text"), StringComparison.Ordinal);

        // The call's latency on this machine, for the record (the target is p95 < 100 ms): not asserted, the test
        // machine is shared.
        var times = new List<double>();
        for (var i = 0; i < 20; i++)
        {
            var watch = Stopwatch.StartNew();
            await warehouse.Client.GetOkAsync(url);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        output.WriteLine($"GET {url}: p50 {times[9]:F1} ms, p95 {times[18]:F1} ms over 20 calls");
    }
}
