using System.Xml.Linq;
using IocDashboard.Reports.Charts;
using SkiaSharp;

namespace IocDashboard.TestSupport;

/// <summary>A PNG chart decoded back: its size and the colours of its pixels.</summary>
public sealed record DecodedPng(int Width, int Height, IReadOnlySet<RgbColour> Colours)
{
    public bool Has(RgbColour colour) => Colours.Contains(colour);
}

/// <summary>Reads chart images back as a viewer would: PNG through SkiaSharp, SVG as XML.</summary>
public static class ChartImages
{
    public static DecodedPng DecodePng(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png) ?? throw new InvalidDataException("not a PNG SkiaSharp can decode");
        var colours = new HashSet<RgbColour>();
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                var pixel = bitmap.GetPixel(x, y);
                colours.Add(new RgbColour(pixel.Red, pixel.Green, pixel.Blue));
            }
        }

        return new DecodedPng(bitmap.Width, bitmap.Height, colours);
    }

    /// <summary>Every text element of an SVG, trimmed, in document order.</summary>
    public static IReadOnlyList<string> SvgTexts(byte[] svg)
    {
        using var stream = new MemoryStream(svg);
        var document = XDocument.Load(stream);
        return document.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToList();
    }

    /// <summary>The width and height an SVG declares.</summary>
    public static (int Width, int Height) SvgSize(byte[] svg)
    {
        using var stream = new MemoryStream(svg);
        var root = XDocument.Load(stream).Root!;
        return (int.Parse((string)root.Attribute("width")!, System.Globalization.CultureInfo.InvariantCulture),
            int.Parse((string)root.Attribute("height")!, System.Globalization.CultureInfo.InvariantCulture));
    }
}
