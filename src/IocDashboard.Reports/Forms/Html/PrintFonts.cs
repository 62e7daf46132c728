using IocDashboard.Reports.Charts;

namespace IocDashboard.Reports.Forms.Html;

/// <summary>
/// Where a printed page gets Be Vietnam Pro: a browser loads the web app's style sheet (/lib/fonts/be-vietnam-pro.css,
/// the woff2 subsets the wall uses); a page printed from a string (the PDF) has no address to load from, so it carries
/// the TTF files beside the binaries (the chart fonts) inline as data URLs.
/// </summary>
public sealed class PrintFonts
{
    private static readonly Lazy<PrintFonts> EmbeddedFonts = new(() => FromDirectory(ChartFonts.DefaultDirectory), LazyThreadSafetyMode.ExecutionAndPublication);

    private PrintFonts(string? stylesheetHref, string? fontFaces)
    {
        StylesheetHref = stylesheetHref;
        FontFaces = fontFaces;
    }

    /// <summary>The web app's font style sheet, for the print view in a browser.</summary>
    public static PrintFonts Linked { get; } = new("/lib/fonts/be-vietnam-pro.css", null);

    /// <summary>The regular and bold faces inline (read once per process).</summary>
    public static PrintFonts Embedded => EmbeddedFonts.Value;

    public string? StylesheetHref { get; }

    /// <summary>@font-face rules with data URLs, or null when the page links a style sheet.</summary>
    public string? FontFaces { get; }

    public static PrintFonts FromDirectory(string directory)
    {
        var (regular, bold) = ChartFonts.Locate(directory);
        return new PrintFonts(null, Face(regular, 400) + Face(bold, 700));
    }

    private static string Face(string file, int weight) =>
        $"@font-face {{ font-family: '{ChartFonts.Family}'; font-style: normal; font-weight: {weight}; "
        + $"src: url(data:font/ttf;base64,{Convert.ToBase64String(File.ReadAllBytes(file))}) format('truetype'); }}\n";
}
