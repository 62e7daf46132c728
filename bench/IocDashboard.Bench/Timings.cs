using System.Globalization;

namespace IocDashboard.Bench;

internal static class Timings
{
    /// <summary>"p50 11.9 ms, p95 20.9 ms, max 30.2 ms": nearest-rank percentiles of times in milliseconds.</summary>
    public static string Summary(List<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToList();
        double Percentile(double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
        return string.Create(CultureInfo.InvariantCulture, $"p50 {Percentile(0.50):F1} ms, p95 {Percentile(0.95):F1} ms, max {sorted[^1]:F1} ms");
    }
}
