using IocDashboard.Reports.Summary.Html;

namespace IocDashboard.Reports.Tests.Summary;

public sealed class SummaryFormatTests
{
    [Theory]
    [InlineData(0.25, "+25,00%")]
    [InlineData(-0.031, "-3,10%")]
    [InlineData(0.00001, "0,00%")]
    [InlineData(null, "—")]
    public void Changes_carry_a_sign_only_when_they_show_one(double? change, string expected) =>
        Assert.Equal(expected, SummaryFormat.Change(change));

    [Theory]
    [InlineData(0.52, "+0,52 điểm %")]
    [InlineData(-1.234, "-1,23 điểm %")]
    public void Rate_changes_are_in_points(double points, string expected) => Assert.Equal(expected, SummaryFormat.Points(points));
}
