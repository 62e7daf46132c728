using IocDashboard.Reports.Charts;

namespace IocDashboard.Reports.Summary.Html;

/// <summary>
/// The sizes the summary's charts are drawn at. The charts are laid out for 1600×900 (<see cref="ChartSize.Default"/>)
/// and scaled to the figure's width on the page (180 mm of A4 portrait), so their texts print at about 7–10 pt.
/// </summary>
internal static class ChartSizes
{
    public static readonly ChartSize Wide = ChartSize.Default;

    /// <summary>The donut, printed at two thirds of the width (its legend is on the right).</summary>
    public static readonly ChartSize Donut = new(1600, 800);

    /// <summary>Sixteen indicators need the height of sixteen readable rows.</summary>
    public static readonly ChartSize Tall = new(1600, 1300);
}
