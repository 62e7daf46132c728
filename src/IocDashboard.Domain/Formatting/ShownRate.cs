namespace IocDashboard.Domain.Formatting;

/// <summary>
/// When a rate is shown as a rate: over at least <see cref="MinimumCases"/> cases. Below that one case moves it by
/// several points (a period that has just begun, a small commune, a quiet month of petitions), so the wall shows the
/// count and colours nothing.
/// </summary>
public static class ShownRate
{
    public const long MinimumCases = 30;

    /// <summary>The rate when <paramref name="cases"/> (its denominator) reaches <see cref="MinimumCases"/>; otherwise null.</summary>
    public static double? Of(double? rate, long cases) => cases >= MinimumCases ? rate : null;
}
