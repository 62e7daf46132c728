using IocDashboard.Warehouse.Queries;

namespace IocDashboard.Reports.Summary;

/// <summary>How an indicator stands against its target at the period's end.</summary>
public enum IndicatorStanding
{
    Achieved,
    NotAchieved,
    NoTarget,
    NoValue,
}

/// <summary>
/// The digital-transformation indicators of the year's plan (the period's year) as /api/indicators gives them on the
/// period's last day. They are the province's plan: a unit's report carries <see cref="Note"/> instead.
/// </summary>
public sealed record IndicatorReport(string? Note, IndicatorSummary? Summary)
{
    public const string ProvinceLevelNote = "Chỉ tiêu chuyển đổi số là chỉ tiêu của kế hoạch năm của tỉnh, được báo cáo ở cấp tỉnh (xem báo cáo của tỉnh).";

    public static IndicatorReport ProvinceLevelOnly { get; } = new(ProvinceLevelNote, null);

    public static IndicatorStanding Standing(IndicatorItem item) => item switch
    {
        { Target: null } => IndicatorStanding.NoTarget,
        { Actual: null } => IndicatorStanding.NoValue,
        { Achieved: true } => IndicatorStanding.Achieved,
        _ => IndicatorStanding.NotAchieved,
    };

    /// <summary>actual − target, signed; for a lower-is-better indicator a positive gap is a shortfall. Null without both.</summary>
    public static decimal? Gap(IndicatorItem item) => item is { Actual: { } a, Target: { } t } ? a - t : null;

    public static string Label(IndicatorStanding standing) => standing switch
    {
        IndicatorStanding.Achieved => "Đạt",
        IndicatorStanding.NotAchieved => "Chưa đạt",
        IndicatorStanding.NoTarget => "Chưa có mục tiêu",
        _ => "Chưa có số liệu",
    };
}
