using IocDashboard.Domain.Periods;

namespace IocDashboard.Domain.Tests.Periods;

/// <summary>The day "since the last meeting" resolves to (<see cref="MeetingSchedule"/>).</summary>
public sealed class ChangesSinceMeetingTests
{
    [Theory]
    // Monday 30 November 2026 is a meeting day: the last meeting was the Monday before.
    [InlineData("2026-11-30", DayOfWeek.Monday, "2026-11-23")]
    [InlineData("2026-12-01", DayOfWeek.Monday, "2026-11-30")]
    [InlineData("2026-12-06", DayOfWeek.Monday, "2026-11-30")]
    [InlineData("2026-12-02", DayOfWeek.Friday, "2026-11-27")]
    [InlineData("2026-12-04", DayOfWeek.Friday, "2026-11-27")]
    public void The_last_meeting_is_the_latest_meeting_day_before_today(string today, DayOfWeek day, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            MeetingSchedule.LastMeetingBefore(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), day));

    [Fact]
    public void The_period_just_before_is_as_long() =>
        Assert.Equal(new ReportingPeriod(new DateOnly(2026, 11, 16), new DateOnly(2026, 11, 22)),
            ComparedPeriods.JustBefore(new ReportingPeriod(new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 29))));
}
