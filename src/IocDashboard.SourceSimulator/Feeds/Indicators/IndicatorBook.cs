using IocDashboard.SeedData.Reference;

namespace IocDashboard.SourceSimulator.Feeds.Indicators;

/// <summary>
/// The 16 digital-transformation indicators with their yearly targets and monthly values, as the Department of
/// Information and Communications keeps them. A month's value exists from the first day of that month on
/// (simulated time); it is reported on the first day of the next month.
/// </summary>
internal sealed class IndicatorBook(ReferenceData reference)
{
    public IReadOnlyList<IndicatorRow> Indicators { get; } = reference.Indicators;

    public IReadOnlyList<IndicatorTargetRow> Targets { get; } = reference.IndicatorTargets;

    public IReadOnlyList<IndicatorValueRow> Values { get; } = reference.IndicatorValues
        .OrderBy(v => v.IndicatorCode, StringComparer.Ordinal).ThenBy(v => v.Period).ToList();

    private readonly Dictionary<(string Code, DateOnly Period), decimal> _byPeriod =
        reference.IndicatorValues.ToDictionary(v => (v.IndicatorCode, v.Period), v => v.Value);

    /// <summary>Whether the value of a month is visible at <paramref name="now"/>: not for months after now's month.</summary>
    public static bool IsVisible(DateOnly period, DateTimeOffset now) => period <= new DateOnly(now.Year, now.Month, 1);

    public decimal? ValueOf(string code, DateOnly period) => _byPeriod.TryGetValue((code, period), out var v) ? v : null;

    /// <summary>When a month's value is reported: 08:00 on the first day of the next month.</summary>
    public static DateTimeOffset ReportedAt(DateOnly period) =>
        new(period.AddMonths(1).ToDateTime(new TimeOnly(8, 0)), Live.SimulatedClock.Offset);
}
