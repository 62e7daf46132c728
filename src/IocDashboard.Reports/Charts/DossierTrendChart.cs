using IocDashboard.Domain.Dossiers;
using IocDashboard.Domain.Formatting;
using IocDashboard.Warehouse.Queries;
using ScottPlot;

namespace IocDashboard.Reports.Charts;

/// <summary>
/// Twelve months of dossiers: those received each month as bars (left axis) and their on-time rate as it stands on
/// the date as a line (right axis), each point coloured by its band.
/// </summary>
public static class DossierTrendChart
{
    public const string Name = "dossier-trend";

    private static readonly Color Line = Color.FromHex("#334155");

    public static Plot Create(IReadOnlyList<MonthMeasures> months, string unitName, DateOnly asOf, OnTimeThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(months);
        ArgumentNullException.ThrowIfNull(thresholds);
        var plot = ChartStyle.NewPlot($"Hồ sơ tiếp nhận và tỷ lệ đúng hạn 12 tháng · {unitName} · đến ngày {VietnameseFormat.Date(asOf)}");
        var most = Math.Max(1, months.Select(m => m.Measures.Received).DefaultIfEmpty(0).Max());

        var bars = plot.Add.Bars(months.Select((m, i) => new Bar
        {
            Position = i, Value = m.Measures.Received, Size = 0.62, FillColor = DashboardPalette.Received.ToScottPlot(0.55), LineWidth = 0,
            Label = VietnameseFormat.Count(m.Measures.Received),
        }).ToList());
        bars.ValueLabelStyle.FontSize = 15;
        bars.ValueLabelStyle.ForeColor = ChartStyle.Muted;

        var rates = months.Select((m, i) => (X: (double)i, Rate: m.Measures.OnTimeRate)).Where(p => p.Rate is not null).ToList();
        var lowest = rates.Select(p => p.Rate!.Value).Append(thresholds.Amber).Min();
        var floor = Math.Max(0, Math.Floor((lowest - 0.03) * 20) / 20) * 100;
        if (rates.Count > 0)
        {
            var line = plot.Add.ScatterLine(rates.Select(p => p.X).ToArray(), rates.Select(p => p.Rate!.Value * 100).ToArray(), Line);
            line.LineWidth = 3;
            line.Axes.YAxis = plot.Axes.Right;
        }

        foreach (var (x, rate) in rates)
        {
            var marker = plot.Add.Marker(x, rate!.Value * 100, MarkerShape.FilledCircle, 16, DashboardPalette.Level(thresholds.LevelOf(rate)!.Value).ToScottPlot());
            marker.Axes.YAxis = plot.Axes.Right;
            var label = ChartStyle.Label(plot, VietnameseFormat.Percent(rate), x, rate.Value * 100, 14, ChartStyle.Text, Alignment.LowerCenter, bold: true, offsetY: -12);
            label.Axes.YAxis = plot.Axes.Right;
        }

        ChartStyle.Categories(plot.Axes.Bottom, months.Select((m, i) => ((double)i, MonthLabel(m.Month, i == 0))));
        ChartStyle.NumericTicks(plot.Axes.Left, ChartStyle.CountTick, from: 0);
        ChartStyle.NumericTicks(plot.Axes.Right, ChartStyle.PercentTick, floor, 100);
        plot.Axes.Right.FrameLineStyle.Width = 1;
        plot.Axes.Left.Label.Text = "Hồ sơ tiếp nhận";
        plot.Axes.Right.Label.Text = "Tỷ lệ đúng hạn / đã giải quyết";
        plot.Axes.SetLimitsX(-0.6, Math.Max(months.Count, 1) - 0.4);
        plot.Axes.SetLimitsY(0, most * 1.45);
        plot.Axes.SetLimitsY(floor - (100 - floor) * 0.9, 100 + (100 - floor) * 0.12, plot.Axes.Right);
        ChartStyle.Legend(plot, Edge.Bottom,
        [
            ("Hồ sơ tiếp nhận", DashboardPalette.Received.ToScottPlot(0.55)),
            ("Tỷ lệ đúng hạn (trục phải)", Line),
        ]);
        return plot;
    }

    /// <summary>"T11/23", "T12", "T1/24": the year only on the first month and on each January, as the wall writes it.</summary>
    public static string MonthLabel(DateOnly month, bool first) =>
        first || month.Month == 1 ? $"T{month.Month}/{month.Year % 100:00}" : $"T{month.Month}";
}
