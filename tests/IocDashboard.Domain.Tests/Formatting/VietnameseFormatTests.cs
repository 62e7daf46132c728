using IocDashboard.Domain.Formatting;

namespace IocDashboard.Domain.Tests.Formatting;

public sealed class VietnameseFormatTests
{
    [Theory]
    [InlineData(270497, "270.497")]
    [InlineData(1904, "1.904")]
    [InlineData(306, "306")]
    [InlineData(2_000_000, "2.000.000")]
    [InlineData(0, "0")]
    public void Counts_group_thousands_with_dots(long value, string expected) =>
        Assert.Equal(expected, VietnameseFormat.Count(value));

    [Theory]
    [InlineData(0.941223, "94,12%")]
    [InlineData(0.12345, "12,35%")]
    [InlineData(0.12344, "12,34%")]
    [InlineData(1.0, "100,00%")]
    [InlineData(0.0, "0,00%")]
    public void Percentages_have_two_decimals_with_a_comma_rounded_half_away_from_zero(double fraction, string expected) =>
        Assert.Equal(expected, VietnameseFormat.Percent(fraction));

    [Fact]
    public void Dates_are_written_day_month_year() =>
        Assert.Equal("05/01/2024", VietnameseFormat.Date(new DateOnly(2024, 1, 5)));

    [Fact]
    public void Fractions_keep_six_decimals() =>
        Assert.Equal(0.941223, VietnameseFormat.Fraction(254598.0 / 270497));

    [Theory]
    [InlineData("92.5", "92,5")]
    [InlineData("1234.56", "1.234,56")]
    [InlineData("80", "80")]
    public void Decimal_numbers_use_a_comma(string value, string expected) =>
        Assert.Equal(expected, VietnameseFormat.Number(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(43.1, "43,10")]
    [InlineData(8.571428, "8,57")]
    [InlineData(0.125, "0,13")]
    [InlineData(1234.5, "1.234,50")]
    [InlineData(0.0, "0,00")]
    public void Points_have_exactly_two_decimals_rounded_half_away_from_zero(double value, string expected) =>
        Assert.Equal(expected, VietnameseFormat.Decimal2(value));
}
