using System.Text.Json;
using IocDashboard.SourceSimulator.Tests.Infrastructure;

namespace IocDashboard.SourceSimulator.Tests.Live;

/// <summary>
/// Live mode at 60× from the last morning of 2025: an hour of (hand-moved) real time is two and a half simulated days,
/// and the clock reveals the deterministic history as it passes each receipt and resolution.
/// </summary>
public sealed class LiveModeTests(LiveSimulator simulator) : IClassFixture<LiveSimulator>
{
    private static readonly DateTimeOffset LiveStart = LiveSimulator.Start;

    [Fact]
    public async Task New_dossiers_and_resolutions_appear_after_a_stored_cursor_and_the_feed_keeps_each_dossier_once()
    {
        var client = await simulator.ReadyClientAsync();
        var (history, cursor, _) = await FeedReader.WalkAsync(client, "motcua-ttpvhcc");
        var historyIds = history.Select(i => i.Id()).ToHashSet();
        var pendingAtStart = history.Where(i => i.GetProperty("status").GetString() == "pending").Select(i => i.Id()).ToHashSet();
        Assert.NotEmpty(pendingAtStart);
        var watermark = history[^1].UpdatedAt();

        // Nine simulated days: several office days with arrivals, and due resolutions.
        simulator.Time.Advance(TimeSpan.FromHours(9 * 24 / 60.0));
        var (changes, _, _) = await FeedReader.WalkAsync(client, "motcua-ttpvhcc", cursor: cursor);
        var serverTime = (await FeedReader.PageAsync(client, "motcua-ttpvhcc", pageSize: 1)).ServerTime;

        Assert.NotEmpty(changes);
        FeedReader.AssertFeedOrder(changes);
        Assert.All(changes, c => Assert.True(c.UpdatedAt() > watermark && c.UpdatedAt() >= LiveStart && c.UpdatedAt() <= serverTime));
        var arrivals = changes.Where(c => !historyIds.Contains(c.Id())).ToList();
        var resolvedHistory = changes.Where(c => historyIds.Contains(c.Id())).ToList();
        Assert.True(arrivals.Count > 500, $"expected a few working days of the centre's dossiers, got {arrivals.Count}");
        Assert.All(arrivals, a => Assert.True(a.GetProperty("receivedAt").GetDateTimeOffset() >= LiveStart));
        Assert.All(arrivals, a => Assert.Matches(@"^[A-Z0-9.]+-(2512|2601)\d\d-\d{4}$", a.Id()));
        Assert.Contains(arrivals, a => a.GetProperty("status").GetString() == "resolved");
        Assert.Contains(arrivals, a => a.GetProperty("status").GetString() == "pending");
        Assert.NotEmpty(resolvedHistory);
        Assert.All(resolvedHistory, r =>
        {
            Assert.Contains(r.Id(), pendingAtStart);
            Assert.Equal("resolved", r.GetProperty("status").GetString());
            Assert.Equal(r.GetProperty("resolvedAt").GetDateTimeOffset(), r.UpdatedAt());
        });

        // Read from the start, the feed carries each dossier once, at its latest state.
        var (everything, _, _) = await FeedReader.WalkAsync(client, "motcua-ttpvhcc");
        FeedReader.AssertFeedOrder(everything);
        Assert.Equal(history.Count + arrivals.Select(a => a.Id()).Distinct().Count(), everything.Count);
        var latest = everything.ToDictionary(i => i.Id());
        Assert.All(resolvedHistory, r => Assert.Equal("resolved", latest[r.Id()].GetProperty("status").GetString()));
    }

    [Fact]
    public async Task A_second_source_and_its_own_units_follow_the_same_clock()
    {
        var client = await simulator.ReadyClientAsync();
        var (_, cursor, _) = await FeedReader.WalkAsync(client, "motcua-xa");

        simulator.Time.Advance(TimeSpan.FromHours(3));
        var (changes, _, _) = await FeedReader.WalkAsync(client, "motcua-xa", cursor: cursor);

        Assert.NotEmpty(changes);
        // After the merger the communes and wards (five-digit codes) receive under their own names.
        Assert.All(changes, c => Assert.Matches(@"^\d{5}$", c.GetProperty("unitCode").GetString()));
    }

    [Fact]
    public async Task New_petitions_arrive_a_few_per_simulated_day()
    {
        var client = await simulator.ReadyClientAsync();
        var (history, cursor, _) = await FeedReader.WalkAsync(client, "pakn");
        Assert.True(history.Count >= 1181, "the seed's petitions at least");

        // Ten simulated days.
        simulator.Time.Advance(TimeSpan.FromHours(4));
        var (changes, _, _) = await FeedReader.WalkAsync(client, "pakn", cursor: cursor);

        var fresh = changes.Where(c => c.Id().StartsWith("PAKN-2025-", StringComparison.Ordinal) || c.Id().StartsWith("PAKN-2026-", StringComparison.Ordinal)).ToList();
        Assert.InRange(fresh.Count, 5, 80);
        Assert.All(changes, c => Assert.True(c.UpdatedAt() >= LiveStart));
        Assert.DoesNotContain(changes, c => history.Any(h => h.Id() == c.Id() && h.GetRawText() == c.GetRawText()));
    }

    [Fact]
    public async Task Server_time_follows_the_simulated_clock()
    {
        var client = await simulator.ReadyClientAsync();
        var before = (await FeedReader.PageAsync(client, "motcua-xa", pageSize: 1)).ServerTime;

        simulator.Time.Advance(TimeSpan.FromMinutes(10));
        var after = (await FeedReader.PageAsync(client, "motcua-xa", pageSize: 1)).ServerTime;

        Assert.Equal(TimeSpan.FromHours(7), after.Offset);
        Assert.True(after - before >= TimeSpan.FromMinutes(600), $"{before:O} → {after:O}");
        Assert.True(before >= LiveStart);
    }

    [Fact]
    public async Task Sources_left_out_of_the_configuration_are_not_served()
    {
        var client = await simulator.ReadyClientAsync();
        using var sources = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/sources", UriKind.Relative)));
        using var response = await client.GetAsync(new Uri("/motcua-703/changes", UriKind.Relative));

        Assert.Equal(["motcua-ttpvhcc", "motcua-xa", "pakn"], sources.RootElement.EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }
}
