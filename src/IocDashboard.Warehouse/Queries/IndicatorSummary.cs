using System.Globalization;
using IocDashboard.Domain.Formatting;
using IocDashboard.Domain.Indicators;

namespace IocDashboard.Warehouse.Queries;

public sealed record IndicatorPoint(string Period, decimal Value);

public sealed record IndicatorItem(
    string Code, string Name, string Unit, decimal? Target, string TargetText, decimal? Actual, string ActualText,
    string? ActualPeriod, bool Achieved, string Direction, IReadOnlyList<IndicatorPoint> Series);

/// <summary>
/// The digital-transformation indicators on a date with target, latest value, achievement and their Vietnamese
/// texts: the one computation behind /api/indicators, the wall's indicator panel and the indicator chart. An
/// indicator without a target for the year (the district level's, after it was abolished) is not judged: the
/// achieved count is out of <see cref="WithTarget"/>, not out of <see cref="Total"/>.
/// </summary>
public sealed record IndicatorSummary(
    DateOnly AsOf, int Year, int Total, int WithTarget, int Achieved, string AchievedText, IReadOnlyList<IndicatorItem> Items)
{
    public static IndicatorSummary Of(DateOnly day, IReadOnlyList<IndicatorOnDate> indicators)
    {
        var items = indicators.Select(i => new IndicatorItem(
            i.Code, i.Name, i.Unit, i.Target, Text(i.Target, i.Unit), i.Actual, Text(i.Actual, i.Unit),
            i.ActualPeriod?.ToString("yyyy-MM", CultureInfo.InvariantCulture), i.Achieved,
            i.Direction == IndicatorDirection.LowerIsBetter ? "lower" : "higher",
            i.Series.Select(p => new IndicatorPoint(p.Period.ToString("yyyy-MM", CultureInfo.InvariantCulture), p.Value)).ToList()))
            .ToList();
        var achieved = items.Count(i => i.Achieved);
        var withTarget = items.Count(i => i.Target is not null);
        return new IndicatorSummary(day, day.Year, items.Count, withTarget, achieved, $"{achieved}/{withTarget} chỉ tiêu đạt", items);
    }

    /// <summary>A value in the indicator's unit, Vietnamese style: "92,5%" for a percentage, "1.250" for a count.</summary>
    public static string Text(decimal? value, string unit) => value is not { } v
        ? "—"
        : unit == "percent" ? VietnameseFormat.Number(v) + "%" : VietnameseFormat.Number(v);
}
