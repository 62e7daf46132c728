namespace IocDashboard.Domain.Periods;

/// <summary>The leadership meeting's weekday, and which day "since the last meeting" means.</summary>
public static class MeetingSchedule
{
    /// <summary>
    /// The latest meeting day strictly before <paramref name="today"/>: on a meeting day itself, the one a week before,
    /// since that day's meeting asks what changed since the previous one.
    /// </summary>
    public static DateOnly LastMeetingBefore(DateOnly today, DayOfWeek meetingDay)
    {
        var back = ((int)today.DayOfWeek - (int)meetingDay + 7) % 7;
        return today.AddDays(back == 0 ? -7 : -back);
    }
}
