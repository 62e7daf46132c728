namespace IocDashboard.Ingestion.Sync;

/// <summary>What one run of a source did (or, while it runs, has done so far).</summary>
public sealed record SyncResult(string SourceId, int Pages, long Read, long Inserted, long Updated, long Unchanged, long Quarantined, TimeSpan Duration)
{
    /// <summary>Why the run did nothing at all (the source is paused, or another run of it holds its lock); null for a run.</summary>
    public string? SkippedBecause { get; init; }

    /// <summary>Records the source still announced after the last page read, when it announces them.</summary>
    public long? Remaining { get; init; }

    /// <summary>The share of the announced records read so far (0–100), when the source announces them.</summary>
    public double? PercentDone => ShareDone(Read, Remaining);

    public string Summary => SkippedBecause is { } reason
        ? $"{SourceId}: bỏ qua ({reason})"
        : $"{SourceId}: {Pages} trang, đọc {Read}, thêm {Inserted}, cập nhật {Updated}, không đổi {Unchanged}, cách ly {Quarantined} ({Duration.TotalSeconds:F1} s)";

    /// <summary>Records read as a share (0–100, one decimal) of those read plus those the source still announces.</summary>
    public static double? ShareDone(long read, long? remaining) =>
        remaining is { } left && read + left > 0 ? Math.Round(100.0 * read / (read + left), 1) : null;

    public static SyncResult Skipped(string sourceId, string reason) => new(sourceId, 0, 0, 0, 0, 0, 0, TimeSpan.Zero) { SkippedBecause = reason };
}
