using IocDashboard.Domain.Periods;

namespace IocDashboard.Web.Features.Wall;

/// <summary>
/// The periods the wall reports, each ending on the wall's day. The last 30 days is the headline: it is full on
/// every day of the year, so no gauge turns red because its period has just begun; the year to date stands beside it.
/// </summary>
internal static class WallPeriods
{
    public const int RecentDays = 30;

    public static ReportingPeriod Recent(DateOnly day) => new(day.AddDays(1 - RecentDays), day);

    public static ReportingPeriod YearToDate(DateOnly day) => new(new DateOnly(day.Year, 1, 1), day);
}
