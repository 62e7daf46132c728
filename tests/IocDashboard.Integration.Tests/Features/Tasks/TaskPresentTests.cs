using System.Text.Json;
using IocDashboard.Integration.Tests.Infrastructure;

namespace IocDashboard.Integration.Tests.Features.Tasks;

/// <summary>
/// GET /api/tasks/summary and /api/tasks in the present: the 176 tasks of the programme 2021–2030 continue through
/// 2025 and 2026, and those of its second phase are due in 2027–2030, so that on 30 November 2026 most are completed,
/// the second phase's still run within their deadline and a few are overdue.
/// </summary>
[Collection(SeededWarehouseGroup.Name)]
public sealed class TaskPresentTests(SeededWarehouse warehouse)
{
    private static readonly string[] Statuses =
        ["inProgressOnTime", "inProgressOverdue", "completedOnTime", "completedLate", "completedAwaitingConfirmation"];

    private static readonly DateOnly Present = new(2026, 11, 30);

    private readonly HttpClient _client = warehouse.Client;

    [Fact]
    public async Task On_30_November_2026_most_tasks_are_completed_the_second_phase_runs_and_a_few_are_overdue()
    {
        var t = await _client.GetOkAsync("/api/tasks/summary?asOf=2026-11-30");
        var counts = Statuses.ToDictionary(s => s, s => t.Long(s));

        Assert.Equal(176, t.Long("total"));
        Assert.Equal(176, counts.Values.Sum());
        Assert.Equal(176, t.GetProperty("byArea").EnumerateArray().Sum(a => a.Long("total")));
        Assert.True(counts["completedOnTime"] + counts["completedLate"] + counts["completedAwaitingConfirmation"] >= 130, string.Join(", ", counts));
        Assert.True(counts["completedLate"] >= 10, string.Join(", ", counts));
        Assert.True(counts["completedAwaitingConfirmation"] >= 1, string.Join(", ", counts));
        Assert.InRange(counts["inProgressOnTime"], 20, 40);
        Assert.InRange(counts["inProgressOverdue"], 1, 10);

        var overdue = await _client.GetOkAsync("/api/tasks?asOf=2026-11-30&status=inProgressOverdue");
        Assert.Equal(counts["inProgressOverdue"], overdue.Long("count"));
        Assert.All(overdue.GetProperty("items").EnumerateArray(), x => Assert.True(x.Long("daysOverdue") > 0));
    }

    [Fact]
    public async Task Deadlines_run_to_2030_and_the_tasks_due_in_2027_to_2030_mostly_still_run_on_30_November_2026()
    {
        var now = Items(await _client.GetOkAsync("/api/tasks?asOf=2026-11-30"));
        Assert.Equal(176, now.Count);
        Assert.Equal(2030, now.Max(x => x.Deadline.Year));
        var phase2 = now.Where(x => x.Deadline.Year >= 2027).ToList();
        Assert.True(phase2.Count >= 20, $"{phase2.Count} tasks due in 2027–2030");
        Assert.All(Enumerable.Range(2027, 4), y => Assert.Contains(phase2, x => x.Deadline.Year == y));
        Assert.True(phase2.Count(x => x.Status == "inProgressOnTime") >= 20, string.Join(", ", phase2.Select(x => $"{x.Code} {x.Status}")));

        // As far ahead as the programme runs, nothing of theirs happens after the present or after their deadline.
        var end = Items(await _client.GetOkAsync("/api/tasks?asOf=2030-12-31"));
        Assert.All(end.Where(x => x.Deadline.Year >= 2027), x =>
        {
            Assert.True(x.Reported is null || x.Reported <= Present, $"{x.Code} reported on {x.Reported}");
            Assert.True(x.Confirmed is null || x.Confirmed <= Present, $"{x.Code} confirmed on {x.Confirmed}");
        });
    }

    [Fact]
    public async Task Completions_keep_growing_from_the_end_of_2024_to_the_present()
    {
        long Completed(JsonElement s) => s.Long("completedOnTime") + s.Long("completedLate") + s.Long("completedAwaitingConfirmation");
        var end2024 = await _client.GetOkAsync("/api/tasks/summary?asOf=2024-12-31");
        var end2025 = await _client.GetOkAsync("/api/tasks/summary?asOf=2025-12-31");
        var now = await _client.GetOkAsync("/api/tasks/summary?asOf=2026-11-30");

        Assert.True(Completed(end2024) < Completed(end2025));
        Assert.True(Completed(end2025) < Completed(now));
    }

    private static List<TaskLine> Items(JsonElement list) =>
        list.GetProperty("items").EnumerateArray().Select(x => new TaskLine(
            x.Text("code"), Date(x, "deadline")!.Value, Date(x, "completionReportedOn"), Date(x, "completionConfirmedOn"), x.Text("status"))).ToList();

    private static DateOnly? Date(JsonElement item, string name) =>
        item.GetProperty(name).ValueKind == JsonValueKind.Null ? null : DateOnly.Parse(item.Text(name), System.Globalization.CultureInfo.InvariantCulture);

    private sealed record TaskLine(string Code, DateOnly Deadline, DateOnly? Reported, DateOnly? Confirmed, string Status);
}
