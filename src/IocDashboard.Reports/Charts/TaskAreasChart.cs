using IocDashboard.Domain.Formatting;
using IocDashboard.Domain.Tasks;
using IocDashboard.Warehouse.Queries;
using ScottPlot;

namespace IocDashboard.Reports.Charts;

/// <summary>The reform tasks of each reform area on a date, as bars stacked by status, the area's total at the end.</summary>
public static class TaskAreasChart
{
    public const string Name = "task-areas";

    public static Plot Create(TaskSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var plot = ChartStyle.NewPlot($"Nhiệm vụ cải cách hành chính theo lĩnh vực đến ngày {VietnameseFormat.Date(summary.AsOf)}");
        var statuses = Enum.GetValues<ReformTaskStatus>();
        var areas = summary.ByArea;
        var widest = Math.Max(1, areas.Count == 0 ? 0 : areas.Max(a => a.Total));
        var bars = new List<Bar>();
        for (var i = 0; i < areas.Count; i++)
        {
            // The first area on top.
            var position = areas.Count - 1 - i;
            var start = 0;
            foreach (var status in statuses)
            {
                var count = areas[i].Count(status);
                if (count == 0)
                {
                    continue;
                }

                bars.Add(new Bar
                {
                    Position = position,
                    ValueBase = start,
                    Value = start + count,
                    Size = 0.62,
                    FillColor = DashboardPalette.Status(status).ToScottPlot(),
                    LineWidth = 0,
                    // Only a segment wide enough to hold its number shows it.
                    Label = (double)count / widest >= 0.035 ? VietnameseFormat.Count(count) : "",
                    CenterLabel = true,
                });
                start += count;
            }

            ChartStyle.Label(plot, VietnameseFormat.Count(areas[i].Total), areas[i].Total, position, 20, ChartStyle.Text, Alignment.MiddleLeft, bold: true, offsetX: 8);
        }

        if (bars.Count > 0)
        {
            var stacked = plot.Add.Bars(bars);
            stacked.Horizontal = true;
            stacked.ValueLabelStyle.FontSize = ChartStyle.ValueSize;
            stacked.ValueLabelStyle.Bold = true;
            stacked.ValueLabelStyle.ForeColor = Colors.White;
        }

        ChartStyle.Categories(plot.Axes.Left, areas.Select((a, i) => ((double)(areas.Count - 1 - i), ChartStyle.Wrap(a.Name, 34))));
        ChartStyle.NumericTicks(plot.Axes.Bottom, ChartStyle.CountTick, from: 0);
        plot.Axes.Bottom.Label.Text = "Số nhiệm vụ";
        plot.Axes.SetLimits(0, widest * 1.08, -0.6, Math.Max(areas.Count, 1) - 0.4);
        plot.Grid.XAxisStyle.MajorLineStyle.Width = 1;
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
        ChartStyle.Legend(plot, Edge.Bottom, statuses.Select(s => (ReformTaskStatusRule.Label(s), DashboardPalette.Status(s).ToScottPlot())));
        return plot;
    }
}
