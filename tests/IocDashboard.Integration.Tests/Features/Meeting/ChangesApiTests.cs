using System.Globalization;
using System.Text.Json;
using IocDashboard.Integration.Tests.Features.Reports;
using IocDashboard.Integration.Tests.Infrastructure;

namespace IocDashboard.Integration.Tests.Features.Meeting;

/// <summary>
/// GET /api/changes on the history to 30 November 2026 (a Monday, the meeting day), each list checked against the
/// APIs it is made from, read at both dates and compared here.
/// </summary>
[Collection(PresentWarehouseGroup.Name)]
public sealed class ChangesApiTests(PresentWarehouse warehouse) : PresentReportApp(warehouse)
{
    private const string Since = "2025-12-01";
    private const string Until = "2026-11-30";

    [Fact]
    public async Task Tasks_newly_overdue_and_completed_are_the_task_lists_at_both_dates_compared()
    {
        var changes = await Client.GetOkAsync($"/api/changes?since={Since}&until={Until}");
        var before = Statuses(await Client.GetOkAsync($"/api/tasks?asOf={Since}"));
        var after = (await Client.GetOkAsync($"/api/tasks?asOf={Until}")).GetProperty("items").EnumerateArray().ToList();

        var expectedOverdue = after
            .Where(t => t.Text("status") == "inProgressOverdue" && before[t.Text("code")] != "inProgressOverdue")
            .ToDictionary(t => t.Text("code"), t => t.Long("daysOverdue"));
        var overdue = changes.GetProperty("tasksNewlyOverdue").EnumerateArray().ToList();
        Assert.Equal(expectedOverdue.Keys.Order(), overdue.Select(t => t.Text("code")).Order());
        Assert.All(overdue, t => Assert.Equal(expectedOverdue[t.Text("code")], t.Long("daysOverdue")));
        Assert.All(overdue, t => Assert.False(string.IsNullOrEmpty(t.Text("title")) || string.IsNullOrEmpty(t.Text("leadAgencyName"))));

        static bool Done(string status) => status.StartsWith("completed", StringComparison.Ordinal);
        var expectedCompleted = after.Where(t => Done(t.Text("status")) && !Done(before[t.Text("code")])).Select(t => t.Text("code")).Order().ToList();
        Assert.Equal(expectedCompleted, changes.GetProperty("tasksCompleted").EnumerateArray().Select(t => t.Text("code")).Order());
        Assert.NotEmpty(expectedOverdue.Keys.Concat(expectedCompleted));
    }

    [Fact]
    public async Task Indicators_changed_are_those_whose_standing_differs_between_the_indicator_lists()
    {
        var changes = await Client.GetOkAsync($"/api/changes?since={Since}&until={Until}");
        var before = (await Client.GetOkAsync($"/api/indicators?asOf={Since}")).GetProperty("items").EnumerateArray().ToDictionary(i => i.Text("code"), Standing);
        var after = (await Client.GetOkAsync($"/api/indicators?asOf={Until}")).GetProperty("items").EnumerateArray().ToList();
        var expected = after.Where(i => before[i.Text("code")] != Standing(i)).ToDictionary(i => i.Text("code"), i => (before[i.Text("code")], Standing(i)));
        var changed = changes.GetProperty("indicatorsChanged").EnumerateArray().ToList();
        Assert.Equal(expected.Keys.Order(), changed.Select(i => i.Text("code")).Order());
        Assert.All(changed, i => Assert.Equal(expected[i.Text("code")], (i.Text("from"), i.Text("to"))));
        Assert.NotEmpty(changed);
    }

    [Fact]
    public async Task New_petitions_are_those_the_feedback_summary_counts()
    {
        var changes = await Client.GetOkAsync("/api/changes?since=2026-11-01&until=2026-11-30");
        var summary = await Client.GetOkAsync("/api/feedback/summary?from=2026-11-01&to=2026-11-30");
        var petitions = changes.GetProperty("newPetitions").EnumerateArray().ToList();
        Assert.Equal(summary.Long("received"), petitions.Count);
        Assert.NotEmpty(petitions);
        Assert.All(petitions, p => Assert.False(string.IsNullOrEmpty(p.Text("unitName")) || string.IsNullOrEmpty(p.Text("subject"))));
        Assert.All(petitions, p => Assert.InRange(DateOnly.FromDateTime(p.GetProperty("receivedAt").GetDateTimeOffset().DateTime), new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30)));
    }

    [Theory]
    [InlineData("2026-11-23", "2026-11-29", 99.9)]
    [InlineData("2026-11-01", "2026-11-30", 99.5)]
    public async Task Units_below_threshold_are_the_workload_rows_that_fell_below_it(string since, string until, double threshold)
    {
        var changes = await Client.GetOkAsync(FormattableString.Invariant($"/api/changes?since={since}&until={until}&threshold={threshold}"));
        Assert.Equal((changes.Text("beforeFrom"), changes.Text("beforeTo")), Before(since, until));
        var now = Rows(await Client.GetOkAsync($"/api/dossiers/workload?from={since}&to={until}&by=unit"));
        var before = Rows(await Client.GetOkAsync($"/api/dossiers/workload?from={changes.Text("beforeFrom")}&to={changes.Text("beforeTo")}&by=unit"));
        var t = threshold / 100;
        var expected = now.Values
            .Where(r => r.Long("resolved") >= 30 && r.GetProperty("onTimeRate").GetDouble() < t)
            .Where(r => before.TryGetValue(r.Text("code"), out var b) && b.Long("resolved") >= 30 && b.GetProperty("onTimeRate").GetDouble() >= t)
            .Select(r => r.Text("code")).Order().ToList();
        var listed = changes.GetProperty("unitsBelowThreshold").EnumerateArray().ToList();
        Assert.Equal(expected, listed.Select(u => u.Text("code")).Order());
        Assert.All(listed, u => Assert.Equal(now[u.Text("code")].GetProperty("onTimeRate").GetDouble(), u.GetProperty("rate").GetDouble(), 6));
        Assert.All(listed, u => Assert.Equal(before[u.Text("code")].GetProperty("onTimeRate").GetDouble(), u.GetProperty("rateBefore").GetDouble(), 6));
    }

    [Theory]
    [InlineData("")]
    [InlineData("?since=last-meeting")]
    public async Task Since_defaults_to_the_last_meeting_before_today(string query)
    {
        var changes = await Client.GetOkAsync("/api/changes" + query);
        Assert.Equal(("2026-11-23", "2026-11-30"), (changes.Text("since"), changes.Text("until")));
        Assert.Equal(95, changes.GetProperty("threshold").GetDouble());
    }

    [Theory]
    [InlineData("since=2026-12-01", "since")]
    [InlineData("since=2026-11-30&until=2026-11-01", "since")]
    [InlineData("since=2026-02-30", "since")]
    [InlineData("since=yesterday", "since")]
    [InlineData("since=2026-11-01&until=2026-12-05", "until")]
    [InlineData("since=2026-11-01&until=30/11/2026", "until")]
    [InlineData("threshold=101", "threshold")]
    [InlineData("threshold=-1", "threshold")]
    [InlineData("threshold=high", "threshold")]
    public async Task Bad_input_answers_400_naming_the_parameter(string query, string parameter)
    {
        var (status, contentType, body) = await Client.GetJsonAsync("/api/changes?" + query);
        Assert.Equal(400, status);
        Assert.Equal("application/problem+json", contentType);
        Assert.True(body.GetProperty("errors").TryGetProperty(parameter, out _), body.ToString());
    }

    private static Dictionary<string, string> Statuses(JsonElement list) =>
        list.GetProperty("items").EnumerateArray().ToDictionary(t => t.Text("code"), t => t.Text("status"));

    private static Dictionary<string, JsonElement> Rows(JsonElement workload) =>
        workload.GetProperty("rows").EnumerateArray().ToDictionary(r => r.Text("code"));

    private static (string, string) Before(string since, string until)
    {
        var (s, u) = (DateOnly.ParseExact(since, "yyyy-MM-dd", CultureInfo.InvariantCulture), DateOnly.ParseExact(until, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        var days = u.DayNumber - s.DayNumber + 1;
        return (s.AddDays(-days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), s.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    /// <summary>The standing as the test reads it from /api/indicators: no target, no value, achieved or not.</summary>
    private static string Standing(JsonElement i) =>
        i.GetProperty("target").ValueKind == JsonValueKind.Null ? "noTarget"
        : i.GetProperty("actual").ValueKind == JsonValueKind.Null ? "noValue"
        : i.GetProperty("achieved").GetBoolean() ? "achieved" : "notAchieved";
}
