namespace IocDashboard.Domain.ServiceIndex;

/// <summary>
/// How an indicator's rate becomes points (Decision 766/QĐ-TTg, the Government Office's technical description and the
/// national portal's published scores): see docs in the README, "Service index (Decision 766)".
/// </summary>
public enum PointsRule
{
    /// <summary>rate × maximum: progress, digitisation and publication.</summary>
    Linear,

    /// <summary>80% or more earns the maximum; below, rate × maximum / 80%: online service, online payment, satisfaction.</summary>
    FullFromEightyPercent,
}

public static class PointsRules
{
    /// <summary>The rate from which <see cref="PointsRule.FullFromEightyPercent"/> gives the maximum.</summary>
    public const double FullPointsRate = 0.8;

    /// <summary>
    /// The unrounded points of a rate (a fraction). Rates outside [0, 1] (an indicator reported above 100%) are held to
    /// it: no indicator earns more than its maximum or less than nothing.
    /// </summary>
    public static double Points(PointsRule rule, double rate, double maximum)
    {
        var r = Math.Clamp(rate, 0, 1);
        return rule switch
        {
            PointsRule.Linear => r * maximum,
            PointsRule.FullFromEightyPercent => r >= FullPointsRate ? maximum : r * maximum / FullPointsRate,
            _ => throw new ArgumentOutOfRangeException(nameof(rule)),
        };
    }

    /// <summary>The rule in Vietnamese, as the index's answer shows it beside each indicator.</summary>
    public static string Text(PointsRule rule) => rule switch
    {
        PointsRule.Linear => "Điểm = tỷ lệ × điểm tối đa",
        PointsRule.FullFromEightyPercent => "Từ 80% trở lên: điểm tối đa; dưới 80%: tỷ lệ × điểm tối đa / 80%",
        _ => throw new ArgumentOutOfRangeException(nameof(rule)),
    };

    /// <summary>The rule as the API spells it.</summary>
    public static string Name(PointsRule rule) => rule switch
    {
        PointsRule.Linear => "linear",
        PointsRule.FullFromEightyPercent => "fullFrom80Percent",
        _ => throw new ArgumentOutOfRangeException(nameof(rule)),
    };
}
