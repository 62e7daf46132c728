using IocDashboard.Domain.Formatting;
using IocDashboard.Warehouse.Queries;
using ScottPlot;

namespace IocDashboard.Reports.Charts;

/// <summary>
/// The digital-transformation indicators on a date: for each, the year's target as a grey track with a tick, the
/// latest value as a bar, green when achieved and red when not, and both figures at the end.
/// </summary>
public static class IndicatorChart
{
    public const string Name = "indicators";

    public static Plot Create(IndicatorSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var plot = ChartStyle.NewPlot($"Chỉ tiêu chuyển đổi số năm {summary.Year}: {summary.AchievedText}");
        var items = summary.Items;
        var widest = (double)items.SelectMany(i => new[] { i.Target ?? 0, i.Actual ?? 0 }).DefaultIfEmpty(0).Max();
        var bars = new List<Bar>();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var position = items.Count - 1 - i;
            if (item.Target is { } target)
            {
                bars.Add(new Bar { Position = position, Value = (double)target, Size = 0.78, FillColor = ChartStyle.Track, LineWidth = 0 });
                var tick = plot.Add.Line((double)target, position - 0.42, (double)target, position + 0.42);
                tick.LineColor = ChartStyle.Text;
                tick.LineWidth = 3;
            }

            if (item.Actual is { } actual)
            {
                bars.Add(new Bar { Position = position, Value = (double)actual, Size = 0.44, FillColor = DashboardPalette.Achievement(item.Achieved).ToScottPlot(), LineWidth = 0 });
            }

            var end = (double)Math.Max(item.Target ?? 0, item.Actual ?? 0);
            ChartStyle.Label(plot, $"{item.ActualText} / {item.TargetText}", end, position, ChartStyle.ValueSize, ChartStyle.Text, Alignment.MiddleLeft, bold: true, offsetX: 10);
        }

        if (bars.Count > 0)
        {
            plot.Add.Bars(bars).Horizontal = true;
        }

        ChartStyle.Categories(plot.Axes.Left, items.Select((item, i) => ((double)(items.Count - 1 - i), $"{item.Code}  {ChartStyle.Shorten(item.Name, 58)}")));
        plot.Axes.Left.TickLabelStyle.FontSize = 15;
        var allPercent = items.Count > 0 && items.All(i => i.Unit == "percent");
        ChartStyle.NumericTicks(plot.Axes.Bottom, allPercent ? ChartStyle.PercentTick : v => VietnameseFormat.Number((decimal)v), from: 0);
        plot.Axes.Bottom.Label.Text = $"Giá trị mới nhất / mục tiêu năm {summary.Year} · số liệu đến ngày {VietnameseFormat.Date(summary.AsOf)}";
        plot.Axes.SetLimits(0, Math.Max(widest, 1) * 1.22, -0.6, Math.Max(items.Count, 1) - 0.4);
        ChartStyle.Legend(plot, Edge.Bottom,
        [
            ("Đạt", DashboardPalette.Achievement(true).ToScottPlot()),
            ("Chưa đạt", DashboardPalette.Achievement(false).ToScottPlot()),
            ($"Mục tiêu năm {summary.Year}", ChartStyle.Track),
        ]);
        return plot;
    }
}
