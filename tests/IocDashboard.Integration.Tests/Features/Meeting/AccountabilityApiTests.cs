using System.Text.Json;
using IocDashboard.Integration.Tests.Features.Reports;
using IocDashboard.Integration.Tests.Infrastructure;

namespace IocDashboard.Integration.Tests.Features.Meeting;

/// <summary>
/// GET /api/accountability on the history to 30 November 2026, each list against the API it is made from; and the
/// meeting's calls timed at the full history.
/// </summary>
[Collection(PresentWarehouseGroup.Name)]
public sealed class AccountabilityApiTests(PresentWarehouse warehouse) : PresentReportApp(warehouse)
{
    private const string AsOf = "2026-11-30";

    [Fact]
    public async Task Overdue_tasks_are_the_task_lists_overdue_tasks_grouped_by_lead_agency_most_first()
    {
        var a = await Client.GetOkAsync($"/api/accountability?asOf={AsOf}");
        var overdue = (await Client.GetOkAsync($"/api/tasks?asOf={AsOf}&status=inProgressOverdue")).GetProperty("items").EnumerateArray().ToList();
        var groups = a.GetProperty("overdueTasksByLeadAgency").EnumerateArray().ToList();
        Assert.NotEmpty(groups);
        Assert.Equal(overdue.Count, groups.Sum(g => g.Long("count")));
        var expected = overdue.GroupBy(t => t.Text("leadAgency")).ToDictionary(g => g.Key, g => g.ToDictionary(t => t.Text("code"), t => t.Long("daysOverdue")));
        foreach (var group in groups)
        {
            var tasks = group.GetProperty("tasks").EnumerateArray().ToList();
            Assert.Equal(expected[group.Text("code")].Count, tasks.Count);
            Assert.Equal(tasks.Count, group.Long("count"));
            Assert.All(tasks, t => Assert.Equal(expected[group.Text("code")][t.Text("code")], t.Long("daysOverdue")));
            Assert.Equal(tasks.Select(t => t.Long("daysOverdue")).OrderDescending(), tasks.Select(t => t.Long("daysOverdue")));
        }

        Assert.Equal(groups.Select(g => g.Long("count")).OrderDescending(), groups.Select(g => g.Long("count")));
    }

    [Fact]
    public async Task Indicators_not_achieved_are_the_indicator_lists_with_a_target_and_a_value_not_met()
    {
        var a = await Client.GetOkAsync($"/api/accountability?asOf={AsOf}");
        var items = (await Client.GetOkAsync($"/api/indicators?asOf={AsOf}")).GetProperty("items").EnumerateArray()
            .Where(i => i.GetProperty("target").ValueKind != JsonValueKind.Null && i.GetProperty("actual").ValueKind != JsonValueKind.Null && !i.GetProperty("achieved").GetBoolean())
            .ToDictionary(i => i.Text("code"));
        var listed = a.GetProperty("indicatorsNotAchieved").EnumerateArray().ToList();
        Assert.Equal(2026, a.Long("year"));
        Assert.NotEmpty(listed);
        Assert.Equal(items.Keys.Order(), listed.Select(i => i.Text("code")).Order());
        Assert.All(listed, i => Assert.Equal(
            items[i.Text("code")].GetProperty("actual").GetDecimal() - items[i.Text("code")].GetProperty("target").GetDecimal(), i.GetProperty("gap").GetDecimal()));
        Assert.All(listed, i => Assert.False(string.IsNullOrEmpty(i.Text("ownerAgencyName"))));
    }

    [Fact]
    public async Task Units_with_overdue_dossiers_are_the_workloads_overdue_at_the_end_of_the_day()
    {
        var a = await Client.GetOkAsync($"/api/accountability?asOf={AsOf}");
        // The dossiers pending past their deadline at the end of a period do not depend on where it starts.
        var rows = (await Client.GetOkAsync($"/api/dossiers/workload?from=2026-11-01&to={AsOf}&by=unit")).GetProperty("rows").EnumerateArray()
            .Where(r => r.Long("overdue") > 0).ToDictionary(r => r.Text("code"), r => r.Long("overdue"));
        var listed = a.GetProperty("unitsWithOverdueDossiers").EnumerateArray().ToList();
        Assert.NotEmpty(listed);
        Assert.Equal(rows.Keys.Order(), listed.Select(u => u.Text("code")).Order());
        Assert.All(listed, u => Assert.Equal(rows[u.Text("code")], u.Long("overdue")));
        Assert.Equal(listed.Select(u => u.Long("overdue")).OrderDescending(), listed.Select(u => u.Long("overdue")));
    }

    [Theory]
    [InlineData("asOf=2026-11-31")]
    [InlineData("asOf=today")]
    public async Task A_bad_date_answers_400_naming_asOf(string query)
    {
        var (status, _, body) = await Client.GetJsonAsync("/api/accountability?" + query);
        Assert.Equal(400, status);
        Assert.True(body.GetProperty("errors").TryGetProperty("asOf", out _), body.ToString());
    }
}
