namespace IocDashboard.Domain.ServiceIndex;

/// <summary>
/// What the warehouse says about one indicator: a rate (a fraction) and where it came from, or why there is none.
/// An indicator without evidence is left out of the score and of its maximum, never counted as zero.
/// </summary>
public sealed record IndicatorEvidence(double? Rate, string Source, string? MissingReason)
{
    /// <summary>A rate read from <paramref name="source"/>; null (a denominator of 0) is missing data with <paramref name="whenNull"/>.</summary>
    public static IndicatorEvidence Of(double? rate, string source, string whenNull) =>
        rate is null ? new(null, source, whenNull) : new(rate, source, null);

    /// <summary>No data: the warehouse holds nothing this indicator can be computed from.</summary>
    public static IndicatorEvidence Missing(string source, string reason) => new(null, source, reason);

    public bool HasData => Rate is not null;
}
