using IocDashboard.Reports.Charts;
using IocDashboard.TestSupport;

namespace IocDashboard.Reports.Tests.Charts;

public sealed class ChartFontsTests
{
    [Fact]
    public void The_build_puts_regular_and_bold_Be_Vietnam_Pro_beside_the_binaries()
    {
        var (regular, bold) = ChartFonts.Locate(ChartFonts.DefaultDirectory);

        Assert.True(new FileInfo(regular).Length > 50_000);
        Assert.True(new FileInfo(bold).Length > 50_000);
        Assert.True(File.Exists(Path.Combine(ChartFonts.DefaultDirectory, "OFL.txt")));
    }

    [Fact]
    public void A_missing_font_file_fails_with_a_message_that_says_where_it_comes_from()
    {
        var empty = Directory.CreateTempSubdirectory("no-fonts-");
        try
        {
            var error = Assert.Throws<FileNotFoundException>(() => ChartFonts.Locate(empty.FullName));
            Assert.Equal(Path.Combine(empty.FullName, ChartFonts.RegularFile), error.FileName);
            Assert.Contains("@expo-google-fonts/be-vietnam-pro", error.Message, StringComparison.Ordinal);
            Assert.Contains(error.FileName!, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            empty.Delete();
        }
    }

    [Fact]
    public void Charts_are_written_in_Be_Vietnam_Pro()
    {
        using var plot = TaskStatusChart.Create(ChartSamples.Tasks(1, 1, 1, 1, 1));
        var svg = System.Text.Encoding.UTF8.GetString(ChartImage.Render(plot, ChartFormat.Svg, ChartSize.Default));

        Assert.Equal(ChartFonts.Family, ScottPlot.Fonts.Default);
        Assert.Contains($"font-family=\"{ChartFonts.Family}\"", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("font-family=\"DejaVu", svg, StringComparison.Ordinal);
    }
}
