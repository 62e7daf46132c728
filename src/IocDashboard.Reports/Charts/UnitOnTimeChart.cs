using IocDashboard.Domain.Dossiers;
using IocDashboard.Domain.Formatting;
using IocDashboard.Domain.OrgUnits;
using IocDashboard.Domain.Periods;
using IocDashboard.Warehouse.Queries;
using ScottPlot;

namespace IocDashboard.Reports.Charts;

/// <summary>
/// The on-time rate (on time / resolved) of each unit of a kind in a period, best first, each bar coloured by
/// its band, the thresholds as dashed lines. The rate axis starts below the worst unit so differences show.
/// </summary>
public static class UnitOnTimeChart
{
    public const string Name = "unit-on-time";

    /// <summary>What the chart calls the units of a kind that is ranked.</summary>
    public static string Heading(OrgUnitKind kind) => kind switch
    {
        OrgUnitKind.District => "theo đơn vị cấp huyện",
        OrgUnitKind.Commune => "theo xã, phường",
        OrgUnitKind.Agency => "theo sở, ban, ngành",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "only district-level units, communes and agencies are ranked"),
    };

    public static Plot Create(IReadOnlyList<RankedUnit> units, OrgUnitKind kind, ReportingPeriod period, OnTimeThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(thresholds);
        var plot = ChartStyle.NewPlot(
            $"Tỷ lệ hồ sơ giải quyết đúng hạn {Heading(kind)} · {VietnameseFormat.Date(period.From)} – {VietnameseFormat.Date(period.To)}");
        var lowest = units.Select(u => u.Measures.OnTimeRate).OfType<double>().Append(thresholds.Amber).Min();
        var floor = Math.Max(0, Math.Floor((lowest - 0.03) * 20) / 20) * 100;
        var bars = new List<Bar>();
        for (var i = 0; i < units.Count; i++)
        {
            var rate = units[i].Measures.OnTimeRate;
            var position = units.Count - 1 - i;
            if (thresholds.LevelOf(rate) is { } level)
            {
                bars.Add(new Bar
                {
                    Position = position, ValueBase = floor, Value = Math.Max(rate!.Value * 100, floor), Size = 0.66,
                    FillColor = DashboardPalette.Level(level).ToScottPlot(), LineWidth = 0,
                });
            }

            var end = rate is { } r ? Math.Max(r * 100, floor) : floor;
            ChartStyle.Label(plot, VietnameseFormat.Percent(rate), end, position, ChartStyle.ValueSize, ChartStyle.Text, Alignment.MiddleLeft, bold: true, offsetX: 8);
        }

        if (bars.Count > 0)
        {
            plot.Add.Bars(bars).Horizontal = true;
        }

        foreach (var (threshold, level) in new[] { (thresholds.Green, OnTimeLevel.Green), (thresholds.Amber, OnTimeLevel.Amber) })
        {
            var line = plot.Add.VerticalLine(threshold * 100, 2, DashboardPalette.Level(level).ToScottPlot(), LinePattern.Dashed);
            line.ExcludeFromLegend = true;
        }

        ChartStyle.Categories(plot.Axes.Left, units.Select((u, i) => ((double)(units.Count - 1 - i), ChartStyle.Shorten(u.Name, 40))));
        ChartStyle.NumericTicks(plot.Axes.Bottom, ChartStyle.PercentTick, floor, 100);
        plot.Axes.Bottom.Label.Text = "Tỷ lệ đúng hạn / đã giải quyết";
        plot.Axes.SetLimits(floor, 100 + (100 - floor) * 0.14, -0.6, Math.Max(units.Count, 1) - 0.4);
        ChartStyle.Legend(plot, Edge.Bottom,
        [
            ($"Từ {ChartStyle.Threshold(thresholds.Green)}", DashboardPalette.Level(OnTimeLevel.Green).ToScottPlot()),
            ($"Từ {ChartStyle.Threshold(thresholds.Amber)} đến dưới {ChartStyle.Threshold(thresholds.Green)}", DashboardPalette.Level(OnTimeLevel.Amber).ToScottPlot()),
            ($"Dưới {ChartStyle.Threshold(thresholds.Amber)}", DashboardPalette.Level(OnTimeLevel.Red).ToScottPlot()),
        ]);
        return plot;
    }
}
