using System.Globalization;
using System.Text.Json;
using IocDashboard.Domain.Formatting;
using IocDashboard.Domain.Tasks;
using IocDashboard.Integration.Tests.Infrastructure;
using IocDashboard.Reports.Charts;
using IocDashboard.TestSupport;

namespace IocDashboard.Integration.Tests.Features.Charts;

/// <summary>
/// The chart images of /api/charts on the seeded warehouse: every figure they print is the one the JSON API gives
/// for the same parameters, and the images decode at the size asked.
/// </summary>
[Collection(SeededWarehouseGroup.Name)]
public sealed class ChartApiTests(SeededWarehouse warehouse)
{
    private static readonly string[] TaskCountFields =
        ["total", "inProgressOnTime", "inProgressOverdue", "completedOnTime", "completedLate", "completedAwaitingConfirmation"];

    private static readonly long[] PublishedTaskCounts = [176, 49, 5, 89, 4, 29];

    private readonly HttpClient _client = warehouse.Client;

    [Fact]
    public async Task Task_status_chart_prints_the_task_summary_of_the_API()
    {
        var tasks = await _client.GetOkAsync("/api/tasks/summary?asOf=2024-10-31");
        var texts = ChartImages.SvgTexts(await ImageAsync("/api/charts/task-status.svg?asOf=2024-10-31", "image/svg+xml"));

        Assert.Contains(Count(tasks.Long("total")), texts);
        foreach (var status in Enum.GetValues<ReformTaskStatus>())
        {
            Assert.Contains($"{ReformTaskStatusRule.Label(status)}: {Count(tasks.Long(ReformTaskStatusRule.ApiName(status)))}", texts);
        }

        Assert.Contains("Tình trạng nhiệm vụ cải cách hành chính đến ngày 31/10/2024", texts);
        // The province's published figures (F3), which the API above already gives.
        Assert.Equal(PublishedTaskCounts, TaskCountFields.Select(name => tasks.Long(name)));
    }

    [Fact]
    public async Task Task_area_chart_prints_each_area_and_its_total()
    {
        var tasks = await _client.GetOkAsync("/api/tasks/summary?asOf=2024-10-31");
        var texts = string.Join('\n', ChartImages.SvgTexts(await ImageAsync("/api/charts/task-areas.svg?asOf=2024-10-31", "image/svg+xml")));

        foreach (var area in tasks.GetProperty("byArea").EnumerateArray())
        {
            Assert.Contains(area.Text("name").Split(' ')[0] + " ", texts, StringComparison.Ordinal);
            Assert.Contains(Count(area.Long("total")), texts, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Indicator_chart_prints_the_achievement_and_each_value_against_its_target()
    {
        var indicators = await _client.GetOkAsync("/api/indicators?asOf=2024-10-31");
        var texts = ChartImages.SvgTexts(await ImageAsync("/api/charts/indicators.svg?asOf=2024-10-31", "image/svg+xml"));

        Assert.Contains(texts, t => t.Contains(indicators.Text("achievedText"), StringComparison.Ordinal));
        Assert.Equal("9/16 chỉ tiêu đạt", indicators.Text("achievedText"));
        foreach (var item in indicators.GetProperty("items").EnumerateArray())
        {
            Assert.Contains($"{item.Text("actualText")} / {item.Text("targetText")}", texts);
            Assert.Contains(texts, t => t.StartsWith(item.Text("code"), StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Unit_chart_prints_each_district_with_the_on_time_rate_of_the_dossier_API()
    {
        const string period = "from=2024-01-01&to=2024-09-30";
        var texts = ChartImages.SvgTexts(await ImageAsync($"/api/charts/unit-on-time.svg?{period}", "image/svg+xml"));
        var tree = await _client.GetOkAsync("/api/org-units?asOf=2024-09-30");
        var districts = Descendants(tree).Where(u => u.Text("kind") == "district").ToList();
        Assert.NotEmpty(districts);

        foreach (var district in districts)
        {
            var summary = await _client.GetOkAsync($"/api/dossiers/summary?{period}&unit={district.Text("code")}");
            Assert.True(summary.Long("received") > 0, district.Text("code"));
            Assert.Contains(district.Text("name"), texts);
            Assert.Contains(summary.Text("onTimeRateText"), texts);
        }
    }

    [Fact]
    public async Task Trend_chart_prints_each_months_intake_from_the_dossier_API()
    {
        var texts = ChartImages.SvgTexts(await ImageAsync("/api/charts/dossier-trend.svg?asOf=2024-10-31", "image/svg+xml"));

        for (var month = new DateOnly(2023, 11, 1); month <= new DateOnly(2024, 10, 1); month = month.AddMonths(1))
        {
            var summary = await _client.GetOkAsync(string.Create(CultureInfo.InvariantCulture,
                $"/api/dossiers/summary?from={month:yyyy-MM-dd}&to={month.AddMonths(1).AddDays(-1):yyyy-MM-dd}"));
            Assert.Contains(Count(summary.Long("received")), texts);
        }

        Assert.Contains(texts, t => t.Contains("Tỉnh Tây Ninh", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("task-status", 1600, 900, null)]
    [InlineData("task-areas", 1920, 1080, null)]
    [InlineData("indicators", 1280, 720, null)]
    [InlineData("unit-on-time", 3840, 2160, "&from=2024-01-01&to=2024-10-31&kind=agency")]
    [InlineData("dossier-trend", 320, 240, null)]
    public async Task PNG_decodes_at_the_asked_size_and_is_not_blank(string chart, int width, int height, string? extra)
    {
        var url = string.Create(CultureInfo.InvariantCulture, $"/api/charts/{chart}.png?asOf=2024-10-31&width={width}&height={height}{extra}");
        var png = ChartImages.DecodePng(await ImageAsync(url, "image/png"));

        Assert.Equal((width, height), (png.Width, png.Height));
        Assert.True(png.Colours.Count >= 20, $"{chart}: only {png.Colours.Count} distinct colours");
        Assert.True(png.Has(new RgbColour(255, 255, 255)));
    }

    [Fact]
    public async Task Task_status_PNG_is_drawn_in_the_palette_of_the_statuses()
    {
        var png = ChartImages.DecodePng(await ImageAsync("/api/charts/task-status.png?asOf=2024-10-31", "image/png"));

        Assert.Equal((ChartSize.Default.Width, ChartSize.Default.Height), (png.Width, png.Height));
        Assert.All(Enum.GetValues<ReformTaskStatus>(), s => Assert.True(png.Has(DashboardPalette.Status(s)), $"no pixel of {s}'s colour"));
    }

    [Theory]
    [InlineData("/api/charts/nothing.png", "chart")]
    [InlineData("/api/charts/task-status.jpg", "format")]
    [InlineData("/api/charts/task-status.png?width=100", "width")]
    [InlineData("/api/charts/task-status.png?width=4000", "width")]
    [InlineData("/api/charts/task-status.svg?height=abc", "height")]
    [InlineData("/api/charts/task-status.svg?height=-300", "height")]
    [InlineData("/api/charts/task-areas.png?asOf=2024-10-32", "asOf")]
    [InlineData("/api/charts/indicators.svg?asOf=yesterday", "asOf")]
    [InlineData("/api/charts/unit-on-time.png?to=2024-09-30", "from")]
    [InlineData("/api/charts/unit-on-time.png?from=2024-09-30&to=2024-01-01", "from")]
    [InlineData("/api/charts/unit-on-time.png?from=2024-01-01&to=2024-09-30&kind=province", "kind")]
    [InlineData("/api/charts/unit-on-time.png?from=2024-01-01&to=2024-09-30&unit=NOPE", "unit")]
    [InlineData("/api/charts/dossier-trend.svg?level=region", "level")]
    [InlineData("/api/charts/dossier-trend.svg?scope=everything", "scope")]
    public async Task Bad_parameters_answer_400_problem_details_naming_the_parameter(string url, string parameter)
    {
        var (status, contentType, body) = await _client.GetJsonAsync(url);

        Assert.Equal(400, status);
        Assert.Equal("application/problem+json", contentType);
        Assert.True(body.GetProperty("errors").TryGetProperty(parameter, out var messages), body.ToString());
        Assert.NotEmpty(messages.EnumerateArray());
    }

    private async Task<byte[]> ImageAsync(string url, string contentType)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {url} → {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(body)}");
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        return body;
    }

    private static string Count(long value) => VietnameseFormat.Count(value);

    private static IEnumerable<JsonElement> Descendants(JsonElement nodes)
    {
        foreach (var node in nodes.EnumerateArray())
        {
            yield return node;
            foreach (var child in Descendants(node.GetProperty("children")))
            {
                yield return child;
            }
        }
    }
}
