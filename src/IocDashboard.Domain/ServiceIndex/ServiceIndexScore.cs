using IocDashboard.Domain.Formatting;

namespace IocDashboard.Domain.ServiceIndex;

/// <summary>An indicator with its evidence and, when there is data, its unrounded points.</summary>
public sealed record ScoredIndicator(ServiceIndexIndicator Indicator, IndicatorEvidence Evidence)
{
    public double? Points => Evidence.Rate is { } rate ? PointsRules.Points(Indicator.Rule, rate, Indicator.Maximum) : null;

    public int MaximumWithData => Evidence.HasData ? Indicator.Maximum : 0;
}

/// <summary>A group's indicators; its points and maximum count only the indicators with data.</summary>
public sealed record ScoredGroup(ServiceIndexGroup Group, IReadOnlyList<ScoredIndicator> Indicators)
{
    public double PointsWithData => Indicators.Sum(i => i.Points ?? 0);

    public int MaximumWithData => Indicators.Sum(i => i.MaximumWithData);
}

/// <summary>
/// The index estimated from what the warehouse can support: the points of the indicators with data out of their
/// maxima ("43,12 / 64 điểm có dữ liệu"), beside the index's 100. Sums are of unrounded points; only the texts round.
/// </summary>
public sealed record ServiceIndexScore(IReadOnlyList<ScoredGroup> Groups)
{
    public const string MissingText = "chưa có dữ liệu";

    public double PointsWithData => Groups.Sum(g => g.PointsWithData);

    public int MaximumWithData => Groups.Sum(g => g.MaximumWithData);

    public static int Maximum => ServiceIndexCatalogue.Maximum;

    /// <summary>"x / y điểm có dữ liệu", Vietnamese numbers.</summary>
    public string Text => Label(PointsWithData, MaximumWithData);

    public static string Label(double points, int maximum) =>
        $"{PointsText(points)} / {VietnameseFormat.Count(maximum)} điểm có dữ liệu";

    /// <summary>Points as shown: two decimals, rounded half away from zero, Vietnamese separators ("8,57").</summary>
    public static string PointsText(double points) => VietnameseFormat.Decimal2(points);

    /// <summary>
    /// Scores every indicator of the catalogue with the evidence given for its code; an indicator without any is
    /// missing data (a read that forgot one shows it as missing, not as zero).
    /// </summary>
    public static ServiceIndexScore Of(IReadOnlyDictionary<string, IndicatorEvidence> evidence) => new(
        ServiceIndexCatalogue.Groups.Select(g => new ScoredGroup(g, g.Indicators
            .Select(i => new ScoredIndicator(i, evidence.GetValueOrDefault(i.Code) ?? IndicatorEvidence.Missing("—", "Không có nguồn dữ liệu cho chỉ tiêu này.")))
            .ToList())).ToList());
}
