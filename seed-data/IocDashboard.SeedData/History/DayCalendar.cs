using System.Globalization;

namespace IocDashboard.SeedData.History;

/// <summary>Relative daily volume: weekdays, public holidays and the Tết (lunar new year) trough.</summary>
internal sealed class DayCalendar(HistoryProfile profile)
{
    private readonly HashSet<string> _holidays = [.. profile.PublicHolidays];

    public double Factor(DateOnly day)
    {
        var factor = profile.WeekdayFactors[day.DayOfWeek];
        if (_holidays.Contains(day.ToString("MM-dd", CultureInfo.InvariantCulture)))
        {
            factor *= 0.05;
        }

        foreach (var tet in profile.LunarNewYear)
        {
            var offset = day.DayNumber - tet.DayNumber;
            factor *= offset switch
            {
                >= -2 and <= 4 => 0.03,   // the holiday itself
                >= -9 and <= -3 => 1.25,  // the rush to finish papers before Tết
                >= 5 and <= 11 => 0.75,   // offices ramping back up
                _ => 1.0,
            };
        }

        return factor;
    }
}
