using IocDashboard.Domain.Indicators;
using IocDashboard.Warehouse.Queries;

namespace IocDashboard.Reports.Summary;

/// <summary>
/// The digital-transformation indicators of the year's plan (the period's year) as /api/indicators gives them on the
/// period's last day. They are the province's plan: a unit's report carries <see cref="Note"/> instead.
/// </summary>
public sealed record IndicatorReport(string? Note, IndicatorSummary? Summary)
{
    public const string ProvinceLevelNote = "Chỉ tiêu chuyển đổi số là chỉ tiêu của kế hoạch năm của tỉnh, được báo cáo ở cấp tỉnh (xem báo cáo của tỉnh).";

    public static IndicatorReport ProvinceLevelOnly { get; } = new(ProvinceLevelNote, null);

    public static IndicatorStanding Standing(IndicatorItem item) => IndicatorStandingRule.Of(item.Target, item.Actual, item.Achieved);

    /// <summary>actual − target, signed (<see cref="IndicatorStandingRule.Gap"/>).</summary>
    public static decimal? Gap(IndicatorItem item) => IndicatorStandingRule.Gap(item.Actual, item.Target);

    public static string Label(IndicatorStanding standing) => IndicatorStandingRule.Label(standing);
}
