using IocDashboard.Domain.Formatting;
using IocDashboard.Domain.Tasks;
using IocDashboard.Warehouse.Queries;
using ScottPlot;

namespace IocDashboard.Reports.Charts;

/// <summary>The reform tasks on a date: a donut of the five statuses around the total, the counts in the legend.</summary>
public static class TaskStatusChart
{
    public const string Name = "task-status";

    public static Plot Create(TaskSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var plot = ChartStyle.NewPlot($"Tình trạng nhiệm vụ cải cách hành chính đến ngày {VietnameseFormat.Date(summary.AsOf)}");
        var statuses = Enum.GetValues<ReformTaskStatus>();

        // A status without tasks keeps its legend line but gets no slice (an empty slice would still carry a label).
        var slices = statuses.Where(s => summary.Count(s) > 0).Select(s => new PieSlice
        {
            Value = summary.Count(s),
            FillColor = DashboardPalette.Status(s).ToScottPlot(),
            Label = VietnameseFormat.Count(summary.Count(s)),
            LabelFontSize = 24,
            LabelBold = true,
            LabelFontColor = ChartStyle.Text,
        }).ToList();
        if (slices.Count > 0)
        {
            var donut = plot.Add.Pie(slices);
            donut.DonutFraction = 0.58;
            donut.SliceLabelDistance = 1.16;
            donut.LineColor = Colors.White;
            donut.LineWidth = 3;
        }

        ChartStyle.Label(plot, VietnameseFormat.Count(summary.Total), 0, 0, 76, ChartStyle.Text, Alignment.LowerCenter, bold: true, offsetY: 14);
        ChartStyle.Label(plot, "nhiệm vụ", 0, 0, 24, ChartStyle.Muted, Alignment.UpperCenter, offsetY: 14);
        ChartStyle.Legend(plot, Edge.Right, statuses.Select(s =>
            ($"{ReformTaskStatusRule.Label(s)}: {VietnameseFormat.Count(summary.Count(s))}", DashboardPalette.Status(s).ToScottPlot())));
        plot.Legend.FontSize = 22;

        plot.HideAxesAndGrid();
        plot.Axes.Title.IsVisible = true;
        plot.Axes.SquareUnits();
        plot.Axes.SetLimits(-1.45, 1.45, -1.45, 1.45);
        return plot;
    }
}
