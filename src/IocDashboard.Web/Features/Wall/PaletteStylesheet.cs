using System.Text;
using IocDashboard.Domain.Dossiers;
using IocDashboard.Domain.Tasks;
using IocDashboard.Reports.Charts;

namespace IocDashboard.Web.Features.Wall;

/// <summary>
/// /wall/palette.css: the chart palette of IocDashboard.Reports as CSS custom properties, so the wall's CSS and
/// its ECharts code (which read them with getComputedStyle) colour a task status or an on-time band exactly as
/// the server's chart images do, from one definition.
/// </summary>
internal static class PaletteStylesheet
{
    public const string Path = "/wall/palette.css";

    public static readonly string Css = Build();

    public static IEndpointRouteBuilder MapPaletteStylesheet(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, () => TypedResults.Text(Css, "text/css; charset=utf-8")).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static string Build()
    {
        var css = new StringBuilder("/* Generated from IocDashboard.Reports.Charts.DashboardPalette: the colours the wall shares with the chart images. */\n:root {\n");
        foreach (var (name, colour) in DashboardPalette.Swatches)
        {
            Line(css, name, colour);
        }

        foreach (var status in Enum.GetValues<ReformTaskStatus>())
        {
            Line(css, "status-" + ReformTaskStatusRule.ApiName(status), DashboardPalette.Status(status));
        }

        foreach (var level in Enum.GetValues<OnTimeLevel>())
        {
            Line(css, "level-" + level.ToString().ToLowerInvariant(), DashboardPalette.Level(level));
        }

        Line(css, "received", DashboardPalette.Received);
        return css.Append("}\n").ToString();
    }

    private static void Line(StringBuilder css, string name, RgbColour colour) => css.Append("  --").Append(name).Append(": ").Append(colour.Hex).Append(";\n");
}
