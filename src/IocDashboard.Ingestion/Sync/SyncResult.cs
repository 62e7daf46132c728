namespace IocDashboard.Ingestion.Sync;

/// <summary>What one run of a source did.</summary>
public sealed record SyncResult(string SourceId, int Pages, long Read, long Inserted, long Updated, long Unchanged, long Quarantined, TimeSpan Duration)
{
    public string Summary => $"{SourceId}: {Pages} trang, đọc {Read}, thêm {Inserted}, cập nhật {Updated}, không đổi {Unchanged}, cách ly {Quarantined} ({Duration.TotalSeconds:F1} s)";
}
