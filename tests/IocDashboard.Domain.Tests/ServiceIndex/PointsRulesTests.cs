using IocDashboard.Domain.ServiceIndex;

namespace IocDashboard.Domain.Tests.ServiceIndex;

public sealed class PointsRulesTests
{
    // Maximum 6: below 80% the points are rate × 6 / 0.8 (0.4 → 3; 0.7999 → 5.99925); from 80% on, all 6.
    [Theory]
    [InlineData(0.0, 0.0)]
    [InlineData(0.4, 3.0)]
    [InlineData(0.7999, 5.99925)]
    [InlineData(0.8, 6.0)]
    [InlineData(1.0, 6.0)]
    public void From_eighty_percent_the_maximum_below_it_in_proportion(double rate, double points) =>
        Assert.Equal(points, PointsRules.Points(PointsRule.FullFromEightyPercent, rate, 6), 10);

    [Theory]
    [InlineData(0.0, 0.0)]
    [InlineData(0.4, 8.0)]
    [InlineData(0.7999, 15.998)]
    [InlineData(0.8, 16.0)]
    [InlineData(0.95, 19.0)]
    [InlineData(1.0, 20.0)]
    public void Linear_is_rate_times_maximum(double rate, double points) =>
        Assert.Equal(points, PointsRules.Points(PointsRule.Linear, rate, 20), 10);

    [Fact]
    public void Rates_outside_zero_to_one_earn_no_more_than_the_maximum_and_no_less_than_nothing()
    {
        Assert.Equal(4, PointsRules.Points(PointsRule.Linear, 1.25, 4));
        Assert.Equal(0, PointsRules.Points(PointsRule.Linear, -0.1, 4));
        Assert.Equal(6, PointsRules.Points(PointsRule.FullFromEightyPercent, 1.2, 6));
    }

    [Fact]
    public void Each_rule_has_a_name_and_a_Vietnamese_text()
    {
        Assert.Equal("linear", PointsRules.Name(PointsRule.Linear));
        Assert.Equal("fullFrom80Percent", PointsRules.Name(PointsRule.FullFromEightyPercent));
        Assert.Equal("Điểm = tỷ lệ × điểm tối đa", PointsRules.Text(PointsRule.Linear));
        Assert.StartsWith("Từ 80% trở lên: điểm tối đa", PointsRules.Text(PointsRule.FullFromEightyPercent), StringComparison.Ordinal);
    }
}
