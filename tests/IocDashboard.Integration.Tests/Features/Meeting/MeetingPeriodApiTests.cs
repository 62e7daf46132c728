using IocDashboard.Integration.Tests.Features.Reports;
using IocDashboard.Integration.Tests.Infrastructure;

namespace IocDashboard.Integration.Tests.Features.Meeting;

/// <summary>GET /api/meeting/period with the clock on Monday 30 November 2026, the meeting day.</summary>
[Collection(PresentWarehouseGroup.Name)]
public sealed class MeetingPeriodApiTests(PresentWarehouse warehouse) : PresentReportApp(warehouse)
{
    [Fact]
    public async Task Without_a_period_it_is_the_week_that_ended_before_the_meeting()
    {
        var p = await Client.GetOkAsync("/api/meeting/period");
        Assert.Equal(("2026-W48", "week", "2026-11-23", "2026-11-29"), (p.Text("key"), p.Text("kind"), p.Text("from"), p.Text("to")));
        Assert.Equal(("2026-W47", "2026-W49"), (p.Text("previous"), p.Text("next")));
        Assert.Equal("2026-11-23", p.Text("lastMeeting"));
        Assert.Equal("Tuần 48/2026 (23/11/2026 – 29/11/2026)", p.Text("label"));
    }

    [Fact]
    public async Task The_current_month_is_shown_to_today_and_has_no_next()
    {
        var p = await Client.GetOkAsync("/api/meeting/period?period=2026-11");
        Assert.Equal(("2026-11-01", "2026-11-30", "2026-11-30"), (p.Text("from"), p.Text("to"), p.Text("fullTo")));
        var december = await Client.GetOkAsync("/api/meeting/period?period=2026-W49");
        Assert.True(december.GetProperty("ongoing").GetBoolean());
        Assert.Equal(("2026-11-30", "2026-11-30", "2026-12-06"), (december.Text("from"), december.Text("to"), december.Text("fullTo")));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, december.GetProperty("next").ValueKind);
    }

    [Theory]
    [InlineData("period=2026-Q3&cutoff=calendar", "2026-Q3", "2026-07-01", "2026-09-30")]
    [InlineData("period=2026-Q3", "2026-Q3", "2026-06-15", "2026-09-14")]
    [InlineData("period=2026-Q3&kind=month", "2026-09", "2026-09-01", "2026-09-30")]
    [InlineData("period=2026-W37&kind=quarter", "2026-Q3", "2026-06-15", "2026-09-14")]
    [InlineData("period=2026-W38&kind=quarter", "2026-Q4", "2026-09-15", "2026-11-30")]
    [InlineData("period=2025-06-20..2025-07-10&kind=ytd", "2025-YTD", "2025-01-01", "2025-11-30")]
    public async Task A_kind_switches_to_the_period_holding_the_last_day_shown(string query, string key, string from, string to)
    {
        var p = await Client.GetOkAsync($"/api/meeting/period?{query}");
        Assert.Equal((key, from, to), (p.Text("key"), p.Text("from"), p.Text("to")));
    }

    [Theory]
    [InlineData("period=2026-W60", "period")]
    [InlineData("period=2027-01", "period")]
    [InlineData("period=yesterday", "period")]
    [InlineData("period=2026-Q3&cutoff=lunar", "cutoff")]
    [InlineData("kind=fortnight", "kind")]
    public async Task Bad_input_answers_400_naming_the_parameter(string query, string parameter)
    {
        var (status, _, body) = await Client.GetJsonAsync($"/api/meeting/period?{query}");
        Assert.Equal(400, status);
        Assert.True(body.GetProperty("errors").TryGetProperty(parameter, out _), body.ToString());
    }
}
