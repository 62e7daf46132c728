using System.Globalization;

namespace IocDashboard.Domain.OrgUnits;

/// <summary>
/// A day inside a compared period on which the units counted changed: a unit began or ended (the merger of 1 July
/// 2025 ended the district level and brought in the units of old Long An, whose history the operations centre never
/// had). Figures before and after such a day are not comparable, and a comparison across it says so rather than
/// showing growth of several hundred per cent.
/// </summary>
public static class ScopeChange
{
    /// <summary>The latest day after <paramref name="from"/> and up to <paramref name="to"/> on which one of the units began or ended; null when none did.</summary>
    public static DateOnly? Within(IEnumerable<(DateOnly ValidFrom, DateOnly? ValidTo)> units, DateOnly from, DateOnly to) =>
        units
            .SelectMany(u => u.ValidTo is { } end ? new[] { u.ValidFrom, end } : [u.ValidFrom])
            .Where(day => day > from && day <= to)
            .Select(day => (DateOnly?)day)
            .Max();

    /// <summary>"phạm vi thay đổi từ 01/7/2025": the date as official documents write it.</summary>
    public static string Text(DateOnly day) =>
        string.Create(CultureInfo.InvariantCulture, $"phạm vi thay đổi từ {day.Day:00}/{day.Month}/{day.Year}");
}
