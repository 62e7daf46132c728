using IocDashboard.Domain.Formatting;
using ScottPlot;

namespace IocDashboard.Reports.Charts;

/// <summary>
/// The look every chart image shares: light background for print and slides, Be Vietnam Pro, sizes chosen for
/// 1600×900 (<see cref="ChartSize.Scale"/> scales them), legends built from explicit items.
/// </summary>
internal static class ChartStyle
{
    public static readonly Color Text = Color.FromHex("#1f2937");
    public static readonly Color Muted = Color.FromHex("#6b7280");
    public static readonly Color Grid = Color.FromHex("#e5e7eb");
    public static readonly Color Track = Color.FromHex("#d1d5db");

    public const float TitleSize = 28;
    public const float TickSize = 17;
    public const float AxisLabelSize = 18;
    public const float LegendSize = 18;
    public const float ValueSize = 16;

    /// <summary>A new plot in the charts' look with its title; the chart font is loaded first.</summary>
    public static Plot NewPlot(string title)
    {
        ChartFonts.EnsureLoaded();
        var plot = new Plot();
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        plot.Axes.Color(Muted);
        plot.Grid.MajorLineColor = Grid;
        plot.Title(title, TitleSize);
        plot.Axes.Title.Label.ForeColor = Text;
        plot.Axes.Title.Label.Bold = true;
        plot.Axes.Title.FullFigureCenter = true;
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.TickLabelStyle.FontSize = TickSize;
            axis.TickLabelStyle.ForeColor = Text;
            axis.Label.FontSize = AxisLabelSize;
            axis.Label.ForeColor = Muted;
            axis.Label.Bold = false;
        }

        // Only the axes a chart uses draw a frame line.
        plot.Axes.Top.FrameLineStyle.Width = 0;
        plot.Axes.Right.FrameLineStyle.Width = 0;
        return plot;
    }

    /// <summary>A legend of coloured swatches beside the data area.</summary>
    public static void Legend(Plot plot, Edge edge, IEnumerable<(string Label, Color Colour)> items)
    {
        plot.Legend.ManualItems.AddRange(items.Select(i => new LegendItem
        {
            LabelText = i.Label,
            FillColor = i.Colour,
            LabelFontSize = LegendSize,
            LabelFontColor = Text,
        }));
        plot.Legend.OutlineWidth = 0;
        plot.Legend.ShadowColor = Colors.Transparent;
        plot.Legend.BackgroundColor = Colors.White;
        plot.Legend.SymbolWidth = 22;
        plot.Legend.SymbolHeight = 16;
        plot.Legend.Orientation = edge is Edge.Bottom or Edge.Top ? Orientation.Horizontal : Orientation.Vertical;
        plot.ShowLegend(edge);
    }

    /// <summary>A text placed in data coordinates.</summary>
    public static ScottPlot.Plottables.Text Label(
        Plot plot, string text, double x, double y, float size, Color colour, Alignment alignment, bool bold = false, float offsetX = 0, float offsetY = 0)
    {
        var label = plot.Add.Text(text, x, y);
        label.LabelFontSize = size;
        label.LabelFontColor = colour;
        label.LabelBold = bold;
        label.LabelAlignment = alignment;
        label.OffsetX = offsetX;
        label.OffsetY = offsetY;
        return label;
    }

    /// <summary>Category labels on an axis at the given positions.</summary>
    public static void Categories(IAxis axis, IEnumerable<(double Position, string Label)> ticks)
    {
        var manual = new ScottPlot.TickGenerators.NumericManual();
        foreach (var (position, label) in ticks)
        {
            manual.AddMajor(position, label);
        }

        axis.TickGenerator = manual;
        axis.MajorTickStyle.Length = 0;
    }

    /// <summary>Numeric ticks written the Vietnamese way by <paramref name="format"/>, labelled only within [<paramref name="from"/>, <paramref name="to"/>].</summary>
    public static void NumericTicks(IAxis axis, Func<double, string> format, double from = double.MinValue, double to = double.MaxValue) =>
        axis.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            LabelFormatter = v => v >= from - 1e-9 && v <= to + 1e-9 ? format(v) : "",
            MinimumTickSpacing = 40,
        };

    /// <summary>A percentage axis tick: 92.5 → "92,5%".</summary>
    public static string PercentTick(double percent) => VietnameseFormat.Number((decimal)Math.Round(percent, 2)) + "%";

    /// <summary>A count axis tick: 30000 → "30.000"; none between whole numbers.</summary>
    public static string CountTick(double count) => Math.Abs(count - Math.Round(count)) < 1e-9 ? VietnameseFormat.Count((long)Math.Round(count)) : "";

    /// <summary>A threshold as a plain percentage: 0.95 → "95%".</summary>
    public static string Threshold(double fraction) => PercentTick(fraction * 100);

    /// <summary>Breaks a long label into lines of at most <paramref name="width"/> characters, at spaces.</summary>
    public static string Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : line + " " + word;
            }
        }

        lines.Add(line);
        return string.Join('\n', lines);
    }

    /// <summary>Cuts a label to <paramref name="width"/> characters with an ellipsis.</summary>
    public static string Shorten(string text, int width) => text.Length <= width ? text : text[..(width - 1)].TrimEnd(' ', ',') + "…";
}
