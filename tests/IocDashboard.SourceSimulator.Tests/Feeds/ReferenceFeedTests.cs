using System.Globalization;
using System.Text.Json;
using IocDashboard.SourceSimulator.Tests.Infrastructure;

namespace IocDashboard.SourceSimulator.Tests.Feeds;

/// <summary>Tasks, indicators and petitions, with the simulated clock started on 15 June 2024 at 10:00.</summary>
public sealed class ReferenceFeedTests(ReferenceSimulator simulator) : IClassFixture<ReferenceSimulator>
{
    private static readonly DateOnly StartDay = new(2024, 6, 15);

    [Fact]
    public async Task Tasks_show_only_the_completion_dates_the_clock_has_reached_and_move_when_one_is_reached()
    {
        var client = await simulator.ReadyClientAsync();
        var (tasks, cursor, _) = await FeedReader.WalkAsync(client, "nhiemvu");
        var today = DateOnly.FromDateTime((await FeedReader.PageAsync(client, "nhiemvu", pageSize: 1)).ServerTime.DateTime);
        var seed = SeedWindow.Reference.ReformTasks.ToDictionary(t => t.Code);

        FeedReader.AssertFeedOrder(tasks, "code");
        Assert.Equal(seed.Values.Count(t => t.StartDate <= today), tasks.Count);
        foreach (var task in tasks)
        {
            var row = seed[task.GetProperty("code").GetString()!];
            var reported = Date(task, "completionReportedOn");
            var confirmed = Date(task, "completionConfirmedOn");
            Assert.Equal(row.CompletionReportedOn <= today ? row.CompletionReportedOn : null, reported);
            Assert.Equal(row.CompletionConfirmedOn <= today ? row.CompletionConfirmedOn : null, confirmed);
            var latest = new[] { reported, confirmed }.Max() ?? row.StartDate;
            Assert.Equal(new DateTimeOffset(latest.ToDateTime(new TimeOnly(17, 0)), TimeSpan.FromHours(7)), task.UpdatedAt());
            Assert.Equal(row.Title, task.GetProperty("title").GetString());
            Assert.Equal(row.LeadAgencyCode, task.GetProperty("leadAgencyCode").GetString());
            Assert.Equal(row.CoAgencyCodes, task.GetProperty("coAgencyCodes").EnumerateArray().Select(e => e.GetString()));
            Assert.Equal(row.Deadline, Date(task, "deadline"));
        }

        // A month on (60×: twelve real hours): the completions of that month appear after the stored cursor.
        simulator.Time.Advance(TimeSpan.FromHours(12.5));
        var (changes, _, _) = await FeedReader.WalkAsync(client, "nhiemvu", cursor: cursor);
        var later = today.AddDays(31);
        var expected = seed.Values.Where(t => InRange(t.CompletionReportedOn, today, later) || InRange(t.CompletionConfirmedOn, today, later)
            || InRange(t.StartDate, today, later)).Select(t => t.Code).Order(StringComparer.Ordinal);
        Assert.NotEmpty(changes);
        Assert.Equal(expected, changes.Select(c => c.GetProperty("code").GetString()!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Indicator_values_are_served_up_to_the_simulated_month_with_their_definitions()
    {
        var client = await simulator.ReadyClientAsync();
        var (values, _, _) = await FeedReader.WalkAsync(client, "chitieu", pageSize: 100);
        using var definitions = JsonDocument.Parse(await client.GetStringAsync(new Uri("/chitieu/indicators", UriKind.Relative)));

        var monthNow = (await FeedReader.PageAsync(client, "chitieu", pageSize: 1)).ServerTime;
        var seed = SeedWindow.Reference.IndicatorValues
            .Where(v => v.Period <= new DateOnly(monthNow.Year, monthNow.Month, 1)).ToList();
        Assert.Equal(seed.Count, values.Count);
        FeedReader.AssertFeedOrder(values);
        foreach (var (row, item) in seed.OrderBy(v => v.Period).ThenBy(v => v.IndicatorCode, StringComparer.Ordinal).Zip(values))
        {
            var period = row.Period.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            Assert.Equal($"{row.IndicatorCode}:{period}", item.Id());
            Assert.Equal(row.IndicatorCode, item.GetProperty("indicatorCode").GetString());
            Assert.Equal(period, item.GetProperty("period").GetString());
            Assert.Equal(row.Value, item.GetProperty("value").GetDecimal());
            Assert.Equal(new DateTimeOffset(row.Period.AddMonths(1).ToDateTime(new TimeOnly(8, 0)), TimeSpan.FromHours(7)), item.UpdatedAt());
        }

        var indicators = definitions.RootElement.EnumerateArray().ToList();
        Assert.Equal(16, indicators.Count);
        var first = indicators[0];
        Assert.Equal("CDS01", first.GetProperty("code").GetString());
        Assert.Equal("Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến", first.GetProperty("name").GetString());
        Assert.Equal("percent", first.GetProperty("unit").GetString());
        Assert.Equal("higher", first.GetProperty("direction").GetString());
        Assert.Equal("VPUBND", first.GetProperty("ownerAgencyCode").GetString());
        var targets = first.GetProperty("targets").EnumerateArray().ToList();
        Assert.Equal(SeedWindow.Reference.IndicatorTargets.Count(t => t.IndicatorCode == "CDS01"), targets.Count);
        Assert.Equal(15.00m, targets.Single(t => t.GetProperty("year").GetInt32() == 2021).GetProperty("target").GetDecimal());
    }

    [Fact]
    public async Task Petitions_show_their_steps_as_of_the_clock_and_faults_configured_at_start_apply()
    {
        var client = await simulator.ReadyClientAsync();
        var (petitions, _, _) = await FeedReader.WalkAsync(client, "pakn", pageSize: 250);
        var now = (await FeedReader.PageAsync(client, "pakn", pageSize: 1)).ServerTime;
        var seed = SeedWindow.Reference.Feedback.ToDictionary(f => f.ExternalId);

        FeedReader.AssertFeedOrder(petitions);
        Assert.Equal(seed.Values.Count(f => f.ReceivedAt <= now), petitions.Count);
        foreach (var item in petitions)
        {
            var row = seed[item.Id()];
            var answered = row.AnsweredAt <= now ? row.AnsweredAt : null;
            var forwarded = row.ForwardedAt <= now ? row.ForwardedAt : null;
            Assert.Equal(row.ReceivedAt, item.GetProperty("receivedAt").GetDateTimeOffset());
            Assert.Equal(forwarded, Instant(item, "forwardedAt"));
            Assert.Equal(answered, Instant(item, "answeredAt"));
            Assert.Equal(answered is null ? null : row.AnsweredOnline, item.GetProperty("answeredOnline").ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => (bool?)null,
            });
            Assert.Equal(new[] { row.ReceivedAt, forwarded ?? row.ReceivedAt, answered ?? row.ReceivedAt }.Max(), item.UpdatedAt());
            Assert.Equal(row.Channel, item.GetProperty("channel").GetString());
            Assert.Equal(row.UnitCode, item.GetProperty("unitCode").GetString());
            Assert.Equal(row.Subject, item.GetProperty("subject").GetString());

            // Simulator:Faults:pakn:extraFieldsRate = 1 in this fixture's configuration.
            Assert.True(item.TryGetProperty("_meta", out _));
        }

        using var faults = JsonDocument.Parse(await client.GetStringAsync(new Uri("/admin/faults", UriKind.Relative)));
        Assert.Equal(1.0, faults.RootElement.GetProperty("pakn").GetProperty("extraFieldsRate").GetDouble());
    }

    private static DateOnly? Date(JsonElement item, string name) =>
        item.GetProperty(name).ValueKind == JsonValueKind.Null
            ? null
            : DateOnly.ParseExact(item.GetProperty(name).GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateTimeOffset? Instant(JsonElement item, string name) =>
        item.GetProperty(name).ValueKind == JsonValueKind.Null ? null : item.GetProperty(name).GetDateTimeOffset();

    private static bool InRange(DateOnly? day, DateOnly after, DateOnly until) => day > after && day <= until;
}
