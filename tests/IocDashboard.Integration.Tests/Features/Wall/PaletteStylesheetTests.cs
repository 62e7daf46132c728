using System.Text.RegularExpressions;
using IocDashboard.Domain.Dossiers;
using IocDashboard.Domain.Tasks;
using IocDashboard.Integration.Tests.Infrastructure;
using IocDashboard.Reports.Charts;

namespace IocDashboard.Integration.Tests.Features.Wall;

/// <summary>The wall takes its status and band colours from the chart palette, and defines none of them itself.</summary>
[Collection(SeededWarehouseGroup.Name)]
public sealed partial class PaletteStylesheetTests(SeededWarehouse warehouse)
{
    [Fact]
    public async Task The_palette_stylesheet_carries_every_status_and_band_colour_of_the_charts()
    {
        using var response = await warehouse.Client.GetAsync(new Uri("/wall/palette.css", UriKind.Relative));
        var css = await response.Content.ReadAsStringAsync();

        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        foreach (var status in Enum.GetValues<ReformTaskStatus>())
        {
            Assert.Contains($"--status-{ReformTaskStatusRule.ApiName(status)}: {DashboardPalette.Status(status).Hex};", css, StringComparison.Ordinal);
        }

        foreach (var level in Enum.GetValues<OnTimeLevel>())
        {
            Assert.Contains($"--level-{level.ToString().ToLowerInvariant()}: {DashboardPalette.Level(level).Hex};", css, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_wall_page_links_the_palette_before_its_own_stylesheet()
    {
        var html = File.ReadAllText(Path.Combine(WallRoot(), "index.html"));
        var palette = html.IndexOf("/wall/palette.css", StringComparison.Ordinal);

        Assert.True(palette > 0 && palette < html.IndexOf("/wall/css/wall.css", StringComparison.Ordinal));
    }

    [Fact]
    public void The_walls_CSS_and_scripts_write_no_palette_colour_themselves()
    {
        var files = Directory.GetFiles(Path.Combine(WallRoot(), "js"), "*.js").Append(Path.Combine(WallRoot(), "css", "wall.css"));
        var colours = DashboardPalette.Swatches.Select(s => s.Colour).ToList();
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            foreach (var colour in colours)
            {
                Assert.DoesNotContain(colour.Hex, text, StringComparison.OrdinalIgnoreCase);
                Assert.False(RgbTriplet().Matches(text).Any(m => (byte.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), byte.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), byte.Parse(m.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture)) == (colour.R, colour.G, colour.B)),
                    $"{Path.GetFileName(file)} writes {colour.Hex} as rgb()");
            }
        }
    }

    [GeneratedRegex(@"rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})")]
    private static partial Regex RgbTriplet();

    /// <summary>The wall's sources in the repository (the tests run from their build output inside it).</summary>
    private static string WallRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "IocDashboard.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("repository root"), "src", "IocDashboard.Web", "wwwroot", "wall");
    }
}
