namespace IocDashboard.Domain.Indicators;

public enum IndicatorDirection
{
    HigherIsBetter,
    LowerIsBetter,
}

public static class IndicatorAchievement
{
    /// <summary>An indicator is achieved when its latest value meets the target of the year (DOMAIN.md §2).</summary>
    public static bool IsAchieved(decimal latestValue, decimal target, IndicatorDirection direction) => direction switch
    {
        IndicatorDirection.HigherIsBetter => latestValue >= target,
        IndicatorDirection.LowerIsBetter => latestValue <= target,
        _ => throw new ArgumentOutOfRangeException(nameof(direction)),
    };

    /// <summary>
    /// The monthly period whose value counts on <paramref name="asOf"/>: the latest month that has started by then.
    /// </summary>
    public static DateOnly LatestPeriodOn(DateOnly asOf) => new(asOf.Year, asOf.Month, 1);
}
