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

/// <summary>The petitions at the end of 2026 in live mode, with the clock started on 15 December 2026.</summary>
public sealed class PresentPetitionSimulator() : SimulatorFactory(new Dictionary<string, string>
{
    ["Simulator:Sources:0"] = "pakn",
    ["Simulator:LiveStart"] = PresentPetitionFeedTests.Start.ToString("O", CultureInfo.InvariantCulture),
    ["Simulator:Live"] = "true",
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

public sealed class PresentPetitionFeedTests(PresentPetitionSimulator simulator) : IClassFixture<PresentPetitionSimulator>
{
    public static readonly DateTimeOffset Start = new(2026, 12, 15, 10, 0, 0, TimeSpan.FromHours(7));

    private static readonly DateTimeOffset AfterSeed = new(2027, 1, 1, 0, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public async Task Live_petitions_begin_after_the_last_seed_day_so_the_seed_petitions_are_never_duplicated()
    {
        var client = await simulator.ReadyClientAsync();
        var (first, cursor, _) = await FeedReader.WalkAsync(client, "pakn", pageSize: 1000);
        var seed = SeedWindow.Reference.Feedback.ToDictionary(f => f.ExternalId);
        Assert.Equal(seed.Values.Count(f => f.ReceivedAt <= Start), first.Count);

        // A month on (60×: twelve real hours), two weeks past the end of the seed petitions on 31 December 2026.
        simulator.Time.Advance(TimeSpan.FromHours(12));
        var (changes, _, _) = await FeedReader.WalkAsync(client, "pakn", pageSize: 1000, cursor: cursor);

        var fromSeed = changes.Where(c => seed.ContainsKey(c.Id())).ToList();
        var live = changes.Where(c => !seed.ContainsKey(c.Id())).ToList();
        Assert.Equal(seed.Values.Count(f => f.ReceivedAt > Start), fromSeed.Count(c => c.GetProperty("receivedAt").GetDateTimeOffset() > Start));
        Assert.InRange(live.Count, 20, 200);
        Assert.All(live, c =>
        {
            Assert.True(c.GetProperty("receivedAt").GetDateTimeOffset() >= AfterSeed, c.GetRawText());
            Assert.StartsWith("PAKN-2027-", c.Id(), StringComparison.Ordinal);
        });

        // Live petitions concern units that exist after the merger: agencies, communes and wards.
        var valid = SeedWindow.Reference.OrgUnits.Where(u => u.IsValidOn(new DateOnly(2027, 1, 1))).Select(u => u.Code).ToHashSet();
        Assert.All(live, c => Assert.Contains(c.GetProperty("unitCode").GetString()!, valid));
    }
}
