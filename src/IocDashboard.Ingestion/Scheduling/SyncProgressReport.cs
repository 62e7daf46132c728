using IocDashboard.Ingestion.Sync;

namespace IocDashboard.Ingestion.Scheduling;

/// <summary>A running sync's progress as a job parameter: pages and rows so far, and the share done when the source announced it.</summary>
public sealed record SyncProgressReport(int Pages, long Rows, double? Percent)
{
    public static SyncProgressReport Of(SyncResult progress) => new(progress.Pages, progress.Read, progress.PercentDone);
}
