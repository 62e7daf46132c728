using System.Diagnostics;
using System.Net;
using System.Text.Json;
using IocDashboard.SourceSimulator.Tests.Infrastructure;

namespace IocDashboard.SourceSimulator.Tests.Faults;

/// <summary>Each switch does what it says, on the frozen-clock windowed simulator (so a clean page can be compared).</summary>
[Collection(WindowedGroup.Name)]
public sealed class FaultInjectionTests(WindowedSimulator simulator) : IAsyncLifetime
{
    private const string Source = "motcua-710";
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _client = await simulator.ReadyClientAsync();
        await FaultSwitch.ResetAsync(_client);
    }

    public async Task DisposeAsync()
    {
        await FaultSwitch.ResetAsync(_client);
        _client.Dispose();
    }

    [Fact]
    public async Task Errors_are_500_or_503_per_request_and_a_retry_can_succeed()
    {
        await FaultSwitch.SetAsync(_client, Source, new { errorRate = 0.5, seed = 11 });

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 40; i++)
        {
            using var response = await _client.GetAsync(new Uri($"/{Source}/changes?pageSize=10", UriKind.Relative));
            statuses.Add(response.StatusCode);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            }
        }

        Assert.Contains(HttpStatusCode.OK, statuses);
        Assert.Contains(HttpStatusCode.InternalServerError, statuses);
        Assert.Contains(HttpStatusCode.ServiceUnavailable, statuses);
        Assert.All(statuses, s => Assert.Contains(s, new[] { HttpStatusCode.OK, HttpStatusCode.InternalServerError, HttpStatusCode.ServiceUnavailable }));
    }

    [Fact]
    public async Task Latency_delays_and_timeouts_hold_the_request_beyond_a_client_timeout()
    {
        await FaultSwitch.SetAsync(_client, Source, new { latencyMs = 300 });
        var stopwatch = Stopwatch.StartNew();
        await FeedReader.PageAsync(_client, Source, pageSize: 5);
        Assert.True(stopwatch.ElapsedMilliseconds >= 290, $"took {stopwatch.ElapsedMilliseconds} ms");

        await FaultSwitch.SetAsync(_client, Source, new { timeoutRate = 1.0 });
        using (var impatient = new CancellationTokenSource(TimeSpan.FromMilliseconds(300)))
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(
                () => _client.GetAsync(new Uri($"/{Source}/changes?pageSize=5", UriKind.Relative), impatient.Token));
        }

        // The hold is one second in this fixture (30 s by default); a patient client still gets the page.
        stopwatch.Restart();
        var page = await FeedReader.PageAsync(_client, Source, pageSize: 5);
        Assert.True(stopwatch.ElapsedMilliseconds >= 990, $"took {stopwatch.ElapsedMilliseconds} ms");
        Assert.Equal(5, page.Items.Count);
    }

    [Fact]
    public async Task Truncated_bodies_are_a_valid_start_cut_off_and_malformed_bodies_do_not_parse()
    {
        var clean = await RawAsync($"/{Source}/changes?pageSize=50");

        await FaultSwitch.SetAsync(_client, Source, new { truncatedRate = 1.0 });
        var truncated = await RawAsync($"/{Source}/changes?pageSize=50");
        await FaultSwitch.SetAsync(_client, Source, new { malformedRate = 1.0 });
        var malformed = await RawAsync($"/{Source}/changes?pageSize=50");

        Assert.True(truncated.Length < clean.Length && truncated.Length > 0);
        Assert.StartsWith(truncated, clean, StringComparison.Ordinal);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(truncated));
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(malformed));
        Assert.Equal(clean.Length + 1, malformed.Length);
        Assert.Empty(await InjectedAsync());
    }

    [Fact]
    public async Task Duplicates_and_shuffling_alter_the_page_but_not_its_records_or_cursor()
    {
        var clean = await FeedReader.PageAsync(_client, Source, pageSize: 200);

        await FaultSwitch.SetAsync(_client, Source, new { duplicateRate = 0.3, outOfOrder = true, seed = 5 });
        var altered = await FeedReader.PageAsync(_client, Source, pageSize: 200);

        Assert.True(altered.Items.Count > clean.Items.Count, "some items should repeat");
        Assert.NotEqual(clean.Items.Select(i => i.Id()), altered.Items.Select(i => i.Id()).Distinct());
        Assert.Equal(clean.Items.Select(i => i.Id()).Order(StringComparer.Ordinal), altered.Items.Select(i => i.Id()).Distinct().Order(StringComparer.Ordinal));
        var cleanById = clean.Items.ToDictionary(i => i.Id(), i => i.GetRawText());
        Assert.All(altered.Items, i => Assert.Equal(cleanById[i.Id()], i.GetRawText()));
        Assert.Equal(clean.NextCursor, altered.NextCursor);
        Assert.Equal(clean.HasMore, altered.HasMore);
    }

    [Fact]
    public async Task Duplicates_alone_keep_the_feed_order()
    {
        await FaultSwitch.SetAsync(_client, Source, new { duplicateRate = 0.5, seed = 3 });

        var page = await FeedReader.PageAsync(_client, Source, pageSize: 100);

        var distinct = page.Items.DistinctBy(i => i.Id()).ToList();
        Assert.True(page.Items.Count > distinct.Count);
        FeedReader.AssertFeedOrder(distinct);
    }

    [Fact]
    public async Task Bogus_records_are_extra_deterministic_across_retries_listed_and_leave_the_real_records_intact()
    {
        var (clean, _, _) = await FeedReader.WalkAsync(_client, Source, pageSize: 500);
        await FaultSwitch.SetAsync(_client, Source, new { unknownUnitRate = 0.02, impossibleDatesRate = 0.02, missingFieldsRate = 0.02, seed = 42 });

        var first = await FeedReader.PageAsync(_client, Source, pageSize: 500);
        var retry = await FeedReader.PageAsync(_client, Source, pageSize: 500);
        Assert.Equal(first.Body, retry.Body);

        var (faulty, _, _) = await FeedReader.WalkAsync(_client, Source, pageSize: 500);
        var bogus = faulty.Where(i => i.Id().StartsWith("FAULT-", StringComparison.Ordinal)).ToList();
        var real = faulty.Where(i => !i.Id().StartsWith("FAULT-", StringComparison.Ordinal)).ToList();

        Assert.Equal(clean.Select(i => i.GetRawText()), real.Select(i => i.GetRawText()));
        Assert.NotEmpty(bogus);
        var injected = await InjectedAsync();
        Assert.Equal(bogus.Select(i => i.Id()).Distinct().Order(StringComparer.Ordinal), injected.Select(i => i.Id));

        var realIds = clean.Select(i => i.Id()).ToHashSet();
        foreach (var (id, fault) in injected)
        {
            var item = bogus.First(b => b.Id() == id);
            Assert.Contains(id[8..], realIds);
            switch (fault)
            {
                case "unknownUnit":
                    Assert.StartsWith("FAULT-U-", id, StringComparison.Ordinal);
                    Assert.StartsWith("ZZ", item.GetProperty("unitCode").GetString(), StringComparison.Ordinal);
                    break;
                case "impossibleDates":
                    Assert.StartsWith("FAULT-D-", id, StringComparison.Ordinal);
                    Assert.True(item.GetProperty("resolvedAt").GetDateTimeOffset() < item.GetProperty("receivedAt").GetDateTimeOffset());
                    break;
                case "missingFields":
                    Assert.StartsWith("FAULT-M-", id, StringComparison.Ordinal);
                    Assert.False(item.TryGetProperty("receivedAt", out _) && item.TryGetProperty("unitCode", out _));
                    break;
                default:
                    Assert.Fail("unknown fault " + fault);
                    break;
            }
        }

        Assert.Contains(injected, i => i.Fault == "unknownUnit");
        Assert.Contains(injected, i => i.Fault == "impossibleDates");
        Assert.Contains(injected, i => i.Fault == "missingFields");
    }

    [Fact]
    public async Task Bogus_records_follow_their_real_record_whatever_the_page_size()
    {
        await FaultSwitch.SetAsync(_client, Source, new { unknownUnitRate = 0.05, seed = 9 });

        var (small, _, _) = await FeedReader.WalkAsync(_client, Source, pageSize: 137);
        var (large, _, _) = await FeedReader.WalkAsync(_client, Source, pageSize: 1000);

        Assert.Equal(small.Select(i => i.Id()), large.Select(i => i.Id()));
    }

    [Fact]
    public async Task Extra_fields_decorate_real_records_without_changing_them()
    {
        var clean = await FeedReader.PageAsync(_client, Source, pageSize: 100);
        await FaultSwitch.SetAsync(_client, Source, new { extraFieldsRate = 1.0 });

        var extra = await FeedReader.PageAsync(_client, Source, pageSize: 100);

        Assert.Equal(clean.Items.Select(i => i.Id()), extra.Items.Select(i => i.Id()));
        foreach (var (plain, decorated) in clean.Items.Zip(extra.Items))
        {
            Assert.True(decorated.TryGetProperty("_meta", out _));
            foreach (var property in plain.EnumerateObject())
            {
                Assert.Equal(property.Value.GetRawText(), decorated.GetProperty(property.Name).GetRawText());
            }
        }

        Assert.Empty(await InjectedAsync());
    }

    [Fact]
    public async Task Settings_are_listed_validated_and_reset()
    {
        await FaultSwitch.SetAsync(_client, Source, new { errorRate = 0.25, outOfOrder = true });
        using (var bad = await _client.PutAsync(
            new Uri($"/admin/faults/{Source}", UriKind.Relative), JsonContent("""{"errorRate":1.5}""")))
        {
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        }

        using (var unknown = await _client.PutAsync(new Uri("/admin/faults/motcua-704", UriKind.Relative), JsonContent("{}")))
        {
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        }

        using (var all = JsonDocument.Parse(await _client.GetStringAsync(new Uri("/admin/faults", UriKind.Relative))))
        {
            var settings = all.RootElement.GetProperty(Source);
            Assert.Equal(0.25, settings.GetProperty("errorRate").GetDouble());
            Assert.True(settings.GetProperty("outOfOrder").GetBoolean());
            Assert.Equal(0, settings.GetProperty("latencyMs").GetInt32());
            Assert.Equal(14, all.RootElement.EnumerateObject().Count());
        }

        await FaultSwitch.ResetAsync(_client);
        using var reset = JsonDocument.Parse(await _client.GetStringAsync(new Uri("/admin/faults", UriKind.Relative)));
        Assert.Equal(0, reset.RootElement.GetProperty(Source).GetProperty("errorRate").GetDouble());
    }

    private static StringContent JsonContent(string json) => new(json, System.Text.Encoding.UTF8, "application/json");

    private async Task<string> RawAsync(string path)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<List<(string Id, string Fault)>> InjectedAsync()
    {
        using var document = JsonDocument.Parse(await _client.GetStringAsync(new Uri($"/admin/faults/{Source}/injected", UriKind.Relative)));
        return document.RootElement.EnumerateArray()
            .Select(e => (e.GetProperty("id").GetString()!, e.GetProperty("fault").GetString()!))
            .ToList();
    }
}
