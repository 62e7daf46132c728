using IocDashboard.Reports.Charts;

namespace IocDashboard.Reports.Tests.Charts;

public sealed class ChartTextTests
{
    [Fact]
    public void Long_labels_wrap_at_spaces() =>
        Assert.Equal("Xây dựng và phát triển Chính quyền\nđiện tử, Chính quyền số", ChartStyle.Wrap("Xây dựng và phát triển Chính quyền điện tử, Chính quyền số", 34));

    [Fact]
    public void Short_labels_stay_whole() => Assert.Equal("Cải cách thể chế", ChartStyle.Wrap("Cải cách thể chế", 34));

    [Fact]
    public void Labels_are_cut_with_an_ellipsis() => Assert.Equal("Tỷ lệ hồ sơ…", ChartStyle.Shorten("Tỷ lệ hồ sơ, kết quả giải quyết", 12));

    [Theory]
    [InlineData(92.5, "92,5%")]
    [InlineData(100, "100%")]
    public void Percent_ticks_are_Vietnamese(double value, string expected) => Assert.Equal(expected, ChartStyle.PercentTick(value));

    [Theory]
    [InlineData(30000, "30.000")]
    [InlineData(2.5, "")]
    public void Count_ticks_group_thousands_and_skip_fractions(double value, string expected) => Assert.Equal(expected, ChartStyle.CountTick(value));

    [Theory]
    [InlineData(2023, 11, true, "T11/23")]
    [InlineData(2023, 12, false, "T12")]
    [InlineData(2024, 1, false, "T1/24")]
    public void Months_are_written_as_on_the_wall(int year, int month, bool first, string expected) =>
        Assert.Equal(expected, DossierTrendChart.MonthLabel(new DateOnly(year, month, 1), first));
}
