using System.Globalization;
using System.Net;
using System.Text.Json;
using IocDashboard.SourceSimulator.Tests.Infrastructure;

namespace IocDashboard.SourceSimulator.Tests.Feeds;

[Collection(WindowedGroup.Name)]
public sealed class DossierFeedTests(WindowedSimulator simulator)
{
    [Fact]
    public async Task A_full_walk_returns_exactly_the_generated_dossiers_of_the_source_and_window_in_feed_order()
    {
        var client = await simulator.ReadyClientAsync();
        await client.DeleteAsync(new Uri("/admin/faults", UriKind.Relative));

        var (items, _, pages) = await FeedReader.WalkAsync(client, "motcua-703");

        var expected = SeedWindow.Dossiers.Where(d => d.SourceCode == "MOTCUA-703").ToDictionary(d => d.ExternalId);
        Assert.True(expected.Count > 2000, $"the window should span several pages, has {expected.Count}");
        Assert.Equal((expected.Count + 999) / 1000, pages);
        Assert.Equal(expected.Count, items.Count);
        FeedReader.AssertFeedOrder(items);
        foreach (var item in items)
        {
            var d = expected[item.Id()];
            Assert.Equal(d.Unit.Code, item.GetProperty("unitCode").GetString());
            Assert.Equal(d.Procedure.Code, item.GetProperty("procedureCode").GetString());
            Assert.Equal(d.Field.Code, item.GetProperty("fieldCode").GetString());
            Assert.Equal(d.Level, item.GetProperty("level").GetString());
            Assert.Equal(d.Channel, item.GetProperty("channel").GetString());
            Assert.Equal(d.OnlineLevel, item.GetProperty("onlineLevel").GetInt32());
            Assert.Equal(d.ReceivedAt, item.GetProperty("receivedAt").GetDateTimeOffset());
            Assert.Equal(d.DueAt, item.GetProperty("dueAt").GetDateTimeOffset());
            var resolved = item.GetProperty("resolvedAt");
            Assert.Equal(d.ResolvedAt, resolved.ValueKind == JsonValueKind.Null ? null : resolved.GetDateTimeOffset());
            Assert.Equal(d.Status, item.GetProperty("status").GetString());
            Assert.Equal(d.ResolvedAt ?? d.ReceivedAt, item.UpdatedAt());
            Assert.EndsWith("+07:00", item.GetProperty("receivedAt").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_provincial_centre_serves_the_dossiers_of_the_MOTCUA_TTPVHCC_stream()
    {
        var client = await simulator.ReadyClientAsync();
        await client.DeleteAsync(new Uri("/admin/faults", UriKind.Relative));

        var (items, _, _) = await FeedReader.WalkAsync(client, "motcua-ttpvhcc");

        var expected = SeedWindow.Dossiers.Where(d => d.SourceCode == "MOTCUA-TTPVHCC").Select(d => d.ExternalId).Order(StringComparer.Ordinal);
        Assert.Equal(expected, items.Select(i => i.Id()).Order(StringComparer.Ordinal));
        Assert.All(items, i => Assert.Equal("province", i.GetProperty("level").GetString()));
    }

    [Fact]
    public async Task A_stored_cursor_resumes_exactly_after_the_last_item_and_an_empty_page_echoes_it()
    {
        var client = await simulator.ReadyClientAsync();
        await client.DeleteAsync(new Uri("/admin/faults", UriKind.Relative));
        var (all, endCursor, _) = await FeedReader.WalkAsync(client, "motcua-705", pageSize: 700);

        var first = await FeedReader.PageAsync(client, "motcua-705", pageSize: 700);
        var second = await FeedReader.PageAsync(client, "motcua-705", cursor: first.NextCursor, pageSize: 700);
        var (rest, restCursor, _) = await FeedReader.WalkAsync(client, "motcua-705", cursor: second.NextCursor, pageSize: 1000);

        Assert.True(first.HasMore);
        Assert.Equal(all.Select(i => i.Id()), first.Items.Concat(second.Items).Concat(rest).Select(i => i.Id()));
        Assert.Equal(endCursor, restCursor);

        var empty = await FeedReader.PageAsync(client, "motcua-705", cursor: endCursor);
        Assert.Empty(empty.Items);
        Assert.False(empty.HasMore);
        Assert.Equal(endCursor, empty.NextCursor);
    }

    [Fact]
    public async Task UpdatedSince_starts_at_the_first_item_updated_at_or_after_the_instant()
    {
        var client = await simulator.ReadyClientAsync();
        await client.DeleteAsync(new Uri("/admin/faults", UriKind.Relative));
        var (all, _, _) = await FeedReader.WalkAsync(client, "motcua-706");
        var pivot = all[all.Count / 2].UpdatedAt();

        var (since, _, _) = await FeedReader.WalkAsync(client, "motcua-706", updatedSince: pivot.ToString("O", CultureInfo.InvariantCulture));
        var (sinceUtc, _, _) = await FeedReader.WalkAsync(client, "motcua-706", updatedSince: pivot.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));

        Assert.Equal(all.Where(i => i.UpdatedAt() >= pivot).Select(i => i.Id()), since.Select(i => i.Id()));
        Assert.Equal(since.Select(i => i.Id()), sinceUtc.Select(i => i.Id()));
    }

    [Fact]
    public async Task Every_one_stop_shop_of_the_contract_is_listed_and_served()
    {
        var client = await simulator.ReadyClientAsync();
        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/sources", UriKind.Relative)));

        var sources = document.RootElement.EnumerateArray()
            .Select(s => (Id: s.GetProperty("id").GetString()!, Kind: s.GetProperty("kind").GetString()!, Name: s.GetProperty("name").GetString()!))
            .ToList();

        string[] expected =
        [
            "motcua-ttpvhcc", "motcua-703", "motcua-705", "motcua-706", "motcua-707", "motcua-708", "motcua-709", "motcua-710",
            "motcua-711", "motcua-712", "motcua-xa", "nhiemvu", "chitieu", "pakn",
        ];
        Assert.Equal(expected, sources.Select(s => s.Id));
        Assert.Equal(["tasks", "indicators", "feedback"], sources.Skip(11).Select(s => s.Kind));
        Assert.All(sources.Take(11), s => Assert.Equal("dossiers", s.Kind));
        Assert.All(sources, s => Assert.False(string.IsNullOrWhiteSpace(s.Name)));

        var total = 0;
        foreach (var source in sources.Take(11))
        {
            total += (await FeedReader.WalkAsync(client, source.Id)).Items.Count;
        }

        Assert.Equal(SeedWindow.Dossiers.Count, total);
    }

    [Theory]
    [InlineData("pageSize=10001", "pageSize")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=ten", "pageSize")]
    [InlineData("cursor=not-a-cursor", "cursor")]
    [InlineData("updatedSince=yesterday", "updatedSince")]
    [InlineData("updatedSince=2024-13-45T00:00:00Z", "updatedSince")]
    public async Task Bad_parameters_answer_400_problem_details_naming_the_parameter(string query, string parameter)
    {
        var client = await simulator.ReadyClientAsync();

        using var response = await client.GetAsync(new Uri("/motcua-703/changes?" + query, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(parameter, out _));
    }

    [Fact]
    public async Task A_cursor_of_another_source_is_refused_and_an_unknown_source_is_404()
    {
        var client = await simulator.ReadyClientAsync();
        await client.DeleteAsync(new Uri("/admin/faults", UriKind.Relative));
        var page = await FeedReader.PageAsync(client, "motcua-707", pageSize: 5);

        using var foreign = await client.GetAsync(new Uri("/motcua-708/changes?cursor=" + page.NextCursor, UriKind.Relative));
        using var unknown = await client.GetAsync(new Uri("/motcua-704/changes", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Without_live_mode_time_passing_brings_nothing_new()
    {
        var client = await simulator.ReadyClientAsync();
        await client.DeleteAsync(new Uri("/admin/faults", UriKind.Relative));
        var (_, cursor, _) = await FeedReader.WalkAsync(client, "motcua-709");

        simulator.Time.Advance(TimeSpan.FromHours(2));
        var later = await FeedReader.PageAsync(client, "motcua-709", cursor: cursor);

        Assert.Empty(later.Items);
        Assert.True(later.ServerTime > new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.FromHours(7)).AddHours(119));
    }
}
