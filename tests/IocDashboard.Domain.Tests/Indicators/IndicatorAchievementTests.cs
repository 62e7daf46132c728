using IocDashboard.Domain.Indicators;

namespace IocDashboard.Domain.Tests.Indicators;

public sealed class IndicatorAchievementTests
{
    [Theory]
    [InlineData("30", "30", true)]
    [InlineData("29.99", "30", false)]
    [InlineData("31", "30", true)]
    public void Higher_is_better_meets_the_target_at_or_above(string value, string target, bool achieved) =>
        Assert.Equal(achieved, IndicatorAchievement.IsAchieved(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(target, System.Globalization.CultureInfo.InvariantCulture), IndicatorDirection.HigherIsBetter));

    [Theory]
    [InlineData("5", "5", true)]
    [InlineData("5.01", "5", false)]
    [InlineData("4", "5", true)]
    public void Lower_is_better_meets_the_target_at_or_below(string value, string target, bool achieved) =>
        Assert.Equal(achieved, IndicatorAchievement.IsAchieved(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(target, System.Globalization.CultureInfo.InvariantCulture), IndicatorDirection.LowerIsBetter));

    [Fact]
    public void The_latest_period_on_a_date_is_its_month() =>
        Assert.Equal(new DateOnly(2024, 10, 1), IndicatorAchievement.LatestPeriodOn(new DateOnly(2024, 10, 31)));
}
