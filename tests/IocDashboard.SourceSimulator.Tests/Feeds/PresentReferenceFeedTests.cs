using System.Globalization;
using System.Text.Json;
using IocDashboard.SourceSimulator.Tests.Infrastructure;

namespace IocDashboard.SourceSimulator.Tests.Feeds;

/// <summary>The indicator reports at the end of 2026, with the clock started on 15 November 2026.</summary>
public sealed class PresentIndicatorSimulator() : SimulatorFactory(new Dictionary<string, string>
{
    ["Simulator:Sources:0"] = "chitieu",
    ["Simulator:LiveStart"] = PresentIndicatorFeedTests.Start.ToString("O", CultureInfo.InvariantCulture),
    ["Simulator:Live"] = "false",
    ["Simulator:Speed"] = "60",
});

public sealed class PresentIndicatorFeedTests(PresentIndicatorSimulator simulator) : IClassFixture<PresentIndicatorSimulator>
{
    public static readonly DateTimeOffset Start = new(2026, 11, 15, 10, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public async Task The_values_of_2026_are_served_month_by_month_as_the_clock_reaches_them_with_the_2026_targets()
    {
        var client = await simulator.ReadyClientAsync();
        var (values, cursor, _) = await FeedReader.WalkAsync(client, "chitieu", pageSize: 500);
        var seed = SeedWindow.Reference.IndicatorValues;

        var november = new DateOnly(2026, 11, 1);
        Assert.Equal(seed.Count(v => v.Period <= november), values.Count);
        Assert.Contains(values, v => v.Id() == "CDS01:2026-11");
        Assert.DoesNotContain(values, v => v.GetProperty("period").GetString() == "2026-12");
        // The district level ended on 1 July 2025: its indicator stops in June 2025.
        Assert.Equal("CDS08:2025-06", values.Where(v => v.Id().StartsWith("CDS08:", StringComparison.Ordinal)).Select(v => v.Id()).Max(StringComparer.Ordinal));

        // Seventeen simulated days on (60×: 6.8 real hours) the clock is in December: its values follow the cursor.
        simulator.Time.Advance(TimeSpan.FromHours(6.8));
        var (changes, _, _) = await FeedReader.WalkAsync(client, "chitieu", pageSize: 500, cursor: cursor);
        var december = seed.Where(v => v.Period == november.AddMonths(1)).Select(v => $"{v.IndicatorCode}:2026-12").Order(StringComparer.Ordinal);
        Assert.Equal(15, december.Count());
        Assert.Equal(december, changes.Select(c => c.Id()).Order(StringComparer.Ordinal));

        using var definitions = JsonDocument.Parse(await client.GetStringAsync(new Uri("/chitieu/indicators", UriKind.Relative)));
        var targets2026 = definitions.RootElement.EnumerateArray().ToDictionary(
            i => i.GetProperty("code").GetString()!,
            i => i.GetProperty("targets").EnumerateArray().Where(t => t.GetProperty("year").GetInt32() == 2026).Select(t => t.GetProperty("target").GetDecimal()).ToList());
        Assert.Empty(targets2026["CDS08"]);
        Assert.All(targets2026.Where(t => t.Key != "CDS08"), t => Assert.Single(t.Value));
    }
}
