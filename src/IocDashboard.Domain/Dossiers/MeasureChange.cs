namespace IocDashboard.Domain.Dossiers;

/// <summary>
/// How a figure changed against the one it is compared with: a count by its relative change, a rate in percentage
/// points. The printed report's comparison and the API's use these and nothing else.
/// </summary>
public static class MeasureChange
{
    /// <summary>The relative change of a count, (now − before) / before; null when before is zero.</summary>
    public static double? Relative(long now, long before) => before == 0 ? null : (double)(now - before) / before;

    /// <summary>The change of a rate in percentage points; null when either rate is missing.</summary>
    public static double? Points(double? now, double? before) => now is { } n && before is { } b ? (n - b) * 100 : null;
}
