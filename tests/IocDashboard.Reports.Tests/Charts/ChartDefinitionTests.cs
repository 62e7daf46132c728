using IocDashboard.Domain.Dossiers;
using IocDashboard.Domain.Formatting;
using IocDashboard.Domain.OrgUnits;
using IocDashboard.Domain.Periods;
using IocDashboard.Domain.Tasks;
using IocDashboard.Reports.Charts;
using IocDashboard.TestSupport;
using ScottPlot;

namespace IocDashboard.Reports.Tests.Charts;

/// <summary>Each chart definition drawn from made-up inputs: its texts, its colours, and its behaviour on empty data.</summary>
public sealed class ChartDefinitionTests
{
    private static readonly ChartSize Small = new(800, 450);

    [Fact]
    public void Task_status_chart_shows_the_total_and_every_status_with_its_count_and_colour()
    {
        var summary = ChartSamples.Tasks(3, 2, 7, 0, 1);
        using var plot = TaskStatusChart.Create(summary);

        var texts = ChartImages.SvgTexts(ChartImage.Render(plot, ChartFormat.Svg, Small));
        Assert.Contains("13", texts);
        Assert.Contains("nhiệm vụ", texts);
        foreach (var status in Enum.GetValues<ReformTaskStatus>())
        {
            Assert.Contains($"{ReformTaskStatusRule.Label(status)}: {summary.Count(status)}", texts);
        }

        var png = ChartImages.DecodePng(ChartImage.Render(plot, ChartFormat.Png, Small));
        Assert.All(Enum.GetValues<ReformTaskStatus>(), s => Assert.True(png.Has(DashboardPalette.Status(s)), $"no pixel of {s}'s colour"));
    }

    [Fact]
    public void Task_area_chart_names_each_area_and_its_total()
    {
        var summary = ChartSamples.Tasks(4, 1, 5, 2, 3);
        using var plot = TaskAreasChart.Create(summary);

        var texts = string.Join('\n', ChartImages.SvgTexts(ChartImage.Render(plot, ChartFormat.Svg, Small)));
        Assert.Contains("Cải cách thể chế", texts, StringComparison.Ordinal);
        Assert.Contains("Chính quyền số", texts, StringComparison.Ordinal);
        Assert.All(summary.ByArea, a => Assert.Contains(a.Total.ToString(System.Globalization.CultureInfo.InvariantCulture), texts, StringComparison.Ordinal));
        Assert.Contains(ReformTaskStatusRule.Label(ReformTaskStatus.CompletedAwaitingConfirmation), texts, StringComparison.Ordinal);
    }

    [Fact]
    public void Indicator_chart_shows_actual_against_target_and_colours_achievement()
    {
        var summary = ChartSamples.Indicators();
        using var plot = IndicatorChart.Create(summary);

        var texts = ChartImages.SvgTexts(ChartImage.Render(plot, ChartFormat.Svg, Small));
        Assert.Contains(texts, t => t.Contains("1/3 chỉ tiêu đạt", StringComparison.Ordinal));
        Assert.Contains("62,5% / 50%", texts);
        Assert.Contains("81,25% / 100%", texts);
        Assert.Contains("— / 16%", texts);
        var png = ChartImages.DecodePng(ChartImage.Render(plot, ChartFormat.Png, Small));
        Assert.True(png.Has(DashboardPalette.Achievement(true)));
        Assert.True(png.Has(DashboardPalette.Achievement(false)));
    }

    [Fact]
    public void Unit_chart_ranks_units_with_their_rate_and_band_colour()
    {
        var units = ChartSamples.Units();
        var period = new ReportingPeriod(new DateOnly(2024, 1, 1), ChartSamples.Day);
        using var plot = UnitOnTimeChart.Create(units, OrgUnitKind.District, period, OnTimeThresholds.Default);

        var texts = ChartImages.SvgTexts(ChartImage.Render(plot, ChartFormat.Svg, Small));
        Assert.Contains("97,00%", texts);
        Assert.Contains("92,00%", texts);
        Assert.Contains("85,00%", texts);
        Assert.Contains("—", texts); // nothing resolved: no rate, no bar
        Assert.Contains("Huyện Tân Biên", texts);
        Assert.Contains(texts, t => t.Contains("01/01/2024 – 31/10/2024", StringComparison.Ordinal));
        var png = ChartImages.DecodePng(ChartImage.Render(plot, ChartFormat.Png, Small));
        Assert.All(Enum.GetValues<OnTimeLevel>(), level => Assert.True(png.Has(DashboardPalette.Level(level)), $"no {level} bar"));
    }

    [Fact]
    public void Trend_chart_writes_each_months_intake_and_rate_the_Vietnamese_way()
    {
        var months = ChartSamples.Months();
        using var plot = DossierTrendChart.Create(months, "Tỉnh Tây Ninh", ChartSamples.Day, OnTimeThresholds.Default);

        var texts = ChartImages.SvgTexts(ChartImage.Render(plot, ChartFormat.Svg, Small));
        Assert.All(months, m =>
        {
            Assert.Contains(VietnameseFormat.Count(m.Measures.Received), texts);
            Assert.Contains(VietnameseFormat.Percent(m.Measures.OnTimeRate), texts);
        });
        Assert.Contains("T11/23", texts);
        Assert.Contains("T1/24", texts);
        Assert.Contains("T10", texts);
    }

    public static TheoryData<string> EmptyCharts() => new() { "task-status", "task-areas", "indicators", "unit-on-time", "dossier-trend" };

    [Theory]
    [MemberData(nameof(EmptyCharts))]
    public void A_chart_without_data_still_draws(string chart)
    {
        var period = new ReportingPeriod(ChartSamples.Day, ChartSamples.Day);
        using Plot plot = chart switch
        {
            "task-status" => TaskStatusChart.Create(ChartSamples.Tasks()),
            "task-areas" => TaskAreasChart.Create(ChartSamples.Tasks()),
            "indicators" => IndicatorChart.Create(Warehouse.Queries.IndicatorSummary.Of(ChartSamples.Day, [])),
            "unit-on-time" => UnitOnTimeChart.Create([], OrgUnitKind.Agency, period, OnTimeThresholds.Default),
            _ => DossierTrendChart.Create([], "Tỉnh Tây Ninh", ChartSamples.Day, OnTimeThresholds.Default),
        };

        var png = ChartImages.DecodePng(ChartImage.Render(plot, ChartFormat.Png, Small));
        Assert.Equal((800, 450), (png.Width, png.Height));
        Assert.NotEmpty(ChartImages.SvgTexts(ChartImage.Render(plot, ChartFormat.Svg, Small)));
    }
}
