using IocDashboard.Reports.Charts;
using IocDashboard.TestSupport;

namespace IocDashboard.Reports.Tests.Charts;

public sealed class ChartImageTests
{
    [Theory]
    [InlineData(320, 240)]
    [InlineData(1600, 900)]
    [InlineData(3840, 2160)]
    public void Renders_PNG_and_SVG_at_the_asked_size(int width, int height)
    {
        using var plot = TaskStatusChart.Create(ChartSamples.Tasks(3, 1, 4, 1, 2));
        var size = new ChartSize(width, height);

        var png = ChartImages.DecodePng(ChartImage.Render(plot, ChartFormat.Png, size));
        Assert.Equal((width, height), (png.Width, png.Height));
        Assert.True(png.Colours.Count > 10, $"only {png.Colours.Count} colours");
        Assert.Equal((width, height), ChartImages.SvgSize(ChartImage.Render(plot, ChartFormat.Svg, size)));
    }

    [Fact]
    public void Sizes_scale_the_layout_of_the_default_size()
    {
        Assert.Equal(1.0, ChartSize.Default.Scale);
        Assert.Equal(2.4, new ChartSize(3840, 2160).Scale, 6);
        Assert.Equal(0.5, new ChartSize(800, 900).Scale, 6);
    }

    [Fact]
    public void Content_types_are_the_image_types()
    {
        Assert.Equal("image/png", ChartImage.ContentType(ChartFormat.Png));
        Assert.Equal("image/svg+xml", ChartImage.ContentType(ChartFormat.Svg));
    }
}
