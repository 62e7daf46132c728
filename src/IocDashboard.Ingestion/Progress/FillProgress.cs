namespace IocDashboard.Ingestion.Progress;

/// <summary>
/// How far the sources have filled the warehouse: records loaded against those the sources announce (loaded plus
/// what the running syncs' sources say still follows), sources that have completed a sync, the rate since this
/// host started watching, and how long it has been watching.
/// </summary>
public sealed record FillProgress(long Loaded, long Announced, int SourcesDone, int SourcesTotal, double RatePerSecond, TimeSpan Elapsed)
{
    public bool Ready => SourcesDone == SourcesTotal;

    /// <summary>Loaded as a share (0–100) of the announced records; null before any source announced.</summary>
    public double? Percent => Announced > 0 ? Math.Min(100.0, 100.0 * Loaded / Announced) : null;

    /// <summary>What is left at the rate so far; null while there is no rate or nothing is left.</summary>
    public TimeSpan? TimeLeft => RatePerSecond > 0 && Announced > Loaded ? TimeSpan.FromSeconds((Announced - Loaded) / RatePerSecond) : null;
}
