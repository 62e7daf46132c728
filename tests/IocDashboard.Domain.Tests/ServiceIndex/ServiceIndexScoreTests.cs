using IocDashboard.Domain.ServiceIndex;

namespace IocDashboard.Domain.Tests.ServiceIndex;

public sealed class ServiceIndexScoreTests
{
    [Fact]
    public void The_catalogue_has_the_six_groups_with_their_official_maxima_summing_to_100()
    {
        Assert.Equal(
            [("transparency", 18), ("progress", 20), ("onlineService", 12), ("onlinePayment", 10), ("satisfaction", 18), ("digitisation", 22)],
            ServiceIndexCatalogue.Groups.Select(g => (g.Code, g.Maximum)));
        Assert.Equal(100, ServiceIndexCatalogue.Indicators.Sum(i => i.Maximum));
        Assert.Equal(20, ServiceIndexCatalogue.Indicators.Select(i => i.Code).Distinct().Count());
        Assert.Equal([6, 6], ServiceIndexCatalogue.Groups.Single(g => g.Code == "onlineService").Indicators.Select(i => i.Maximum));
    }

    [Fact]
    public void Progress_digitisation_and_publication_are_linear_the_others_full_from_eighty_percent()
    {
        foreach (var group in ServiceIndexCatalogue.Groups)
        {
            var expected = group.Code is "transparency" or "progress" or "digitisation" ? PointsRule.Linear : PointsRule.FullFromEightyPercent;
            Assert.All(group.Indicators, i => Assert.Equal(expected, i.Rule));
        }
    }

    [Fact]
    public void The_score_leaves_out_the_indicators_without_data_points_and_maximum_alike()
    {
        var score = ServiceIndexScore.Of(new Dictionary<string, IndicatorEvidence>
        {
            [ServiceIndexCatalogue.ResolvedOnTime] = IndicatorEvidence.Of(0.9, "workload", "none"),        // 0.9 × 20 = 18
            [ServiceIndexCatalogue.SubmittedOnline] = IndicatorEvidence.Of(0.4, "workload", "none"),       // 0.4 × 6 / 0.8 = 3
            [ServiceIndexCatalogue.FullProcessOnline] = IndicatorEvidence.Of(null, "catalogue", "không có thủ tục"), // denominator 0
            [ServiceIndexCatalogue.PaidOnline] = IndicatorEvidence.Missing("CDS04", "chỉ có của toàn tỉnh"),
        });

        Assert.Equal(21, score.PointsWithData, 10);
        Assert.Equal(26, score.MaximumWithData);
        Assert.Equal(100, ServiceIndexScore.Maximum);
        Assert.Equal("21,00 / 26 điểm có dữ liệu", score.Text);

        var indicators = score.Groups.SelectMany(g => g.Indicators).ToList();
        Assert.Equal(20, indicators.Count);
        Assert.Equal(2, indicators.Count(i => i.Points is not null));
        var catalogue = indicators.Single(i => i.Indicator.Code == ServiceIndexCatalogue.FullProcessOnline);
        Assert.Null(catalogue.Points);
        Assert.Equal("không có thủ tục", catalogue.Evidence.MissingReason);
        // An indicator the read gave nothing for is missing data too, never a zero.
        var transparency = score.Groups.Single(g => g.Group.Code == "transparency");
        Assert.Equal((0.0, 0, 18), (transparency.PointsWithData, transparency.MaximumWithData, transparency.Group.Maximum));
        Assert.All(transparency.Indicators, i => Assert.NotNull(i.Evidence.MissingReason));
        var online = score.Groups.Single(g => g.Group.Code == "onlineService");
        Assert.Equal(3.0, online.PointsWithData, 10);
        Assert.Equal(6, online.MaximumWithData);
    }

    [Fact]
    public void Sums_are_of_unrounded_points_and_only_the_text_rounds()
    {
        // Three indicators of 6 at 0.7 each: 5.25 points each, but 0.701 gives 5.2575; the sum is 15.7725 → "15,77",
        // where rounding each first (5,26 × 3 = 15,78) would not agree.
        var score = ServiceIndexScore.Of(new Dictionary<string, IndicatorEvidence>
        {
            [ServiceIndexCatalogue.PetitionsOnTime] = IndicatorEvidence.Of(0.701, "a", "x"),
            [ServiceIndexCatalogue.SubmittedOnline] = IndicatorEvidence.Of(0.701, "b", "x"),
            [ServiceIndexCatalogue.DossierSatisfaction] = IndicatorEvidence.Of(0.701, "c", "x"),
        });

        Assert.Equal(15.7725, score.PointsWithData, 10);
        Assert.Equal("15,77 / 18 điểm có dữ liệu", score.Text);
    }

    [Fact]
    public void Without_any_data_the_score_is_zero_of_zero_not_zero_of_a_hundred()
    {
        var score = ServiceIndexScore.Of(new Dictionary<string, IndicatorEvidence>());
        Assert.Equal("0,00 / 0 điểm có dữ liệu", score.Text);
    }
}
