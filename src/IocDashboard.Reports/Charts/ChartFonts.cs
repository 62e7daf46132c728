using ScottPlot;

namespace IocDashboard.Reports.Charts;

/// <summary>
/// Loads Be Vietnam Pro (regular and bold) into ScottPlot once per process and makes it the default font. Without
/// it ScottPlot asks the system for a sans-serif face, which without fontconfig is a serif one, or a face without
/// Vietnamese glyphs; setting the default before any plot exists also reaches the labels ScottPlot creates
/// itself (bar value labels), which a per-plot font would miss. The build copies the files into fonts/ beside the
/// binaries (ChartFonts.targets).
/// </summary>
public static class ChartFonts
{
    public const string Family = "Be Vietnam Pro";

    public const string RegularFile = "BeVietnamPro-Regular.ttf";

    public const string BoldFile = "BeVietnamPro-Bold.ttf";

    private static readonly Lazy<string> Loaded = new(() => Load(DefaultDirectory), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>fonts/ beside the binaries.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "fonts");

    /// <summary>Loads the font on first use; every later call is free. Throws the same clear error each time when a file is missing.</summary>
    public static void EnsureLoaded() => _ = Loaded.Value;

    /// <summary>The regular and bold files in <paramref name="directory"/>, or a <see cref="FileNotFoundException"/> that says where they come from.</summary>
    public static (string Regular, string Bold) Locate(string directory)
    {
        var regular = Path.Combine(directory, RegularFile);
        var bold = Path.Combine(directory, BoldFile);
        foreach (var file in new[] { regular, bold })
        {
            if (!File.Exists(file))
            {
                throw new FileNotFoundException(
                    $"The chart font {Family} is missing: {file} does not exist. The build copies it into fonts/ beside the binaries "
                    + "from the npm package @expo-google-fonts/be-vietnam-pro (src/IocDashboard.Web/package.json, copied by "
                    + "src/IocDashboard.Reports/ChartFonts.targets); rebuild or republish with npm available.", file);
            }
        }

        return (regular, bold);
    }

    private static string Load(string directory)
    {
        var (regular, bold) = Locate(directory);
        Fonts.AddFontFile(Family, regular, bold: false, italic: false);
        Fonts.AddFontFile(Family, bold, bold: true, italic: false);
        Fonts.Default = Family;
        return Family;
    }
}
