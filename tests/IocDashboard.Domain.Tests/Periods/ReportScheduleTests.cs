using System.Globalization;
using IocDashboard.Domain.Periods;

namespace IocDashboard.Domain.Tests.Periods;

public sealed class ReportScheduleTests
{
    [Theory]
    [InlineData("2026-03-15T07:00:00+07:00", "2026-Q1")]
    [InlineData("2026-04-10T09:00:00+07:00", "2026-Q1")]
    [InlineData("2026-06-15T07:00:00+07:00", "2026-Q2 2026-H1")]
    [InlineData("2026-09-15T07:00:00+07:00", "2026-Q3 2026-9M")]
    [InlineData("2026-12-15T07:00:00+07:00", "2026-Q4 2026")]
    [InlineData("2027-01-05T07:00:00+07:00", "2026-Q4 2026")]
    [InlineData("2027-03-14T23:59:00+07:00", "2026-Q4 2026")] // the cut-off day is not over yet
    [InlineData("2027-03-14T17:00:00+00:00", "2027-Q1")] // midnight has passed in Vietnam
    public void The_quarter_of_the_latest_cut_off_is_due_with_the_longer_periods_ending_there(string now, string due)
    {
        var at = DateTimeOffset.Parse(now, CultureInfo.InvariantCulture);
        Assert.Equal(due, string.Join(" ", ReportSchedule.DueAt(at).Select(t => t.Key)));
    }
}
