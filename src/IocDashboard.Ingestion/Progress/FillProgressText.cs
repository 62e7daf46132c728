using System.Globalization;

namespace IocDashboard.Ingestion.Progress;

/// <summary>The terminal's words for <see cref="FillProgress"/>: one line while the warehouse fills, one when it is ready.</summary>
public static class FillProgressText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>"filling the warehouse: 1,234,567 of 2,130,000 records (58.0%), 68,012 records/s, about 13 s left, 7 of 13 sources done".</summary>
    public static string Line(FillProgress progress)
    {
        var percent = progress.Percent is { } p ? string.Format(Invariant, " ({0:0.0}%)", p) : "";
        var of = progress.Announced > 0 ? string.Format(Invariant, " of {0:N0}", progress.Announced) : "";
        var left = progress.TimeLeft is { } t ? $", about {Duration(t)} left" : "";
        return string.Format(Invariant, "filling the warehouse: {0:N0}{1} records{2}, {3:N0} records/s{4}, {5} of {6} sources done",
            progress.Loaded, of, percent, progress.RatePerSecond, left, progress.SourcesDone, progress.SourcesTotal);
    }

    /// <summary>"data ready: 2,130,000 records from 13 sources in 1 min 32 s".</summary>
    public static string ReadyLine(FillProgress progress) =>
        string.Format(Invariant, "data ready: {0:N0} records from {1} sources in {2}", progress.Loaded, progress.SourcesTotal, Duration(progress.Elapsed));

    /// <summary>"45 s", "1 min 05 s", "2 h 01 min".</summary>
    public static string Duration(TimeSpan span) => span switch
    {
        _ when span < TimeSpan.FromMinutes(1) => string.Format(Invariant, "{0} s", (int)Math.Round(span.TotalSeconds)),
        _ when span < TimeSpan.FromHours(1) => string.Format(Invariant, "{0} min {1:00} s", (int)span.TotalMinutes, span.Seconds),
        _ => string.Format(Invariant, "{0} h {1:00} min", (int)span.TotalHours, span.Minutes),
    };
}
