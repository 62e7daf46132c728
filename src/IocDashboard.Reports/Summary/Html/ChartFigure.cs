using System.Text.RegularExpressions;
using System.Xml.Linq;
using IocDashboard.Reports.Charts;
using IocDashboard.Reports.Forms.Html;
using ScottPlot;

namespace IocDashboard.Reports.Summary.Html;

/// <summary>
/// A ScottPlot chart inlined in the print view as SVG, so the PDF carries it as vectors with its texts searchable. The
/// SVG names its font "Be Vietnam Pro" (<see cref="ChartFonts.Family"/>), the family the print view embeds
/// (<see cref="PrintFonts"/>), so its Vietnamese letters render in the same face as the page. The image scales to the
/// figure's width through its viewBox; ids are made unique per figure, since several images share one document.
/// </summary>
internal static partial class ChartFigure
{
    public static void Write(HtmlWriter html, Plot plot, ChartSize size, string id, string caption, string? kind = null)
    {
        html.Open("figure", ("class", kind is null ? "chart" : "chart " + kind), ("id", id));
        html.Svg(Inline(ChartImage.Render(plot, ChartFormat.Svg, size), size, id));
        html.Element("figcaption", caption).Close();
    }

    /// <summary>The SVG as an element to inline: scalable, ids prefixed, nothing that could run.</summary>
    internal static XElement Inline(byte[] svg, ChartSize size, string prefix)
    {
        using var stream = new MemoryStream(svg);
        var root = XDocument.Load(stream).Root ?? throw new InvalidDataException("An empty SVG.");
        root.Descendants().Where(e => e.Name.LocalName is "script" or "foreignObject").ToList().ForEach(e => e.Remove());
        foreach (var element in root.DescendantsAndSelf())
        {
            element.Attributes().Where(a => a.Name.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase)).ToList().ForEach(a => a.Remove());
            foreach (var attribute in element.Attributes())
            {
                attribute.Value = attribute.Name.LocalName switch
                {
                    "id" => $"{prefix}-{attribute.Value}",
                    // Only a link's value is a bare "#id": elsewhere "#2563eb" is a colour.
                    "href" when attribute.Value.StartsWith('#') => $"#{prefix}-{attribute.Value[1..]}",
                    _ => Reference().Replace(attribute.Value, m => $"url(#{prefix}-{m.Groups[1].Value})"),
                };
            }
        }

        root.SetAttributeValue("viewBox", $"0 0 {size.Width} {size.Height}");
        root.SetAttributeValue("width", null);
        root.SetAttributeValue("height", null);
        root.SetAttributeValue("preserveAspectRatio", "xMidYMid meet");
        return root;
    }

    // url(#id) in paint and clip attributes and in style values.
    [GeneratedRegex(@"url\(#([^)\s]+)\)")]
    private static partial Regex Reference();
}
