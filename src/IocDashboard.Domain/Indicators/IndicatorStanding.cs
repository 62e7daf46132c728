namespace IocDashboard.Domain.Indicators;

/// <summary>How an indicator stands against the target of the year on a date.</summary>
public enum IndicatorStanding
{
    Achieved,
    NotAchieved,
    NoTarget,
    NoValue,
}

/// <summary>
/// The standing of an indicator, its gap to target and their Vietnamese labels: the report's indicator table, the
/// meeting's changes ("indicators that changed status") and its accountability list read them here.
/// </summary>
public static class IndicatorStandingRule
{
    public static IndicatorStanding Of(decimal? target, decimal? actual, bool achieved) => (target, actual) switch
    {
        (null, _) => IndicatorStanding.NoTarget,
        (_, null) => IndicatorStanding.NoValue,
        _ => achieved ? IndicatorStanding.Achieved : IndicatorStanding.NotAchieved,
    };

    /// <summary>actual − target, signed; for a lower-is-better indicator a positive gap is a shortfall. Null without both.</summary>
    public static decimal? Gap(decimal? actual, decimal? target) => actual is { } a && target is { } t ? a - t : null;

    public static string ApiName(IndicatorStanding standing) => standing switch
    {
        IndicatorStanding.Achieved => "achieved",
        IndicatorStanding.NotAchieved => "notAchieved",
        IndicatorStanding.NoTarget => "noTarget",
        _ => "noValue",
    };

    public static string Label(IndicatorStanding standing) => standing switch
    {
        IndicatorStanding.Achieved => "Đạt",
        IndicatorStanding.NotAchieved => "Chưa đạt",
        IndicatorStanding.NoTarget => "Chưa có mục tiêu",
        _ => "Chưa có số liệu",
    };
}
