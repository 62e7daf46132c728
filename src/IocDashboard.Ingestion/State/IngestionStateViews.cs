using IocDashboard.Ingestion.Sources;

namespace IocDashboard.Ingestion.State;

/// <summary>A configured source and how fresh its data is: last success against its SLA, newest record, errors.</summary>
public sealed record SourceFreshness(
    string Id, SourceKind Kind, string Name, DateTimeOffset? LastSuccessAt, DateTimeOffset? LastAttemptAt, DateTimeOffset? NewestRecordAt,
    double FreshnessSlaMinutes, bool Stale, double? MinutesSinceSuccess, string? LastError, long RowsLoaded, long Quarantined, bool Paused);

/// <summary>Which refused records to list: by source, by a case-insensitive part of the reason, a page of <see cref="PageSize"/>.</summary>
public sealed record QuarantineFilter(string? Source, string? Reason, int Page)
{
    public const int PageSize = 50;
}

public sealed record QuarantineRow(long Id, string SourceId, string ExternalId, string Reason, DateTimeOffset FirstSeen, DateTimeOffset LastSeen, int TimesSeen);

/// <summary>One page of refused records, how many match in all, the sources that have any, and the commonest reasons.</summary>
public sealed record QuarantinePage(IReadOnlyList<QuarantineRow> Rows, long Total, IReadOnlyList<string> Sources, IReadOnlyList<string> FrequentReasons);

/// <summary>A refused record with its payload as it came.</summary>
public sealed record QuarantinedRecord(QuarantineRow Row, string RawPayload);

/// <summary>A sync in progress (written per page by whichever node runs it), with what its source still announces.</summary>
public sealed record RunningSync(string SourceId, string Node, DateTimeOffset StartedAt, DateTimeOffset UpdatedAt, int Pages, long Rows, long? Remaining)
{
    /// <summary>The share of the announced records read so far (0–100), when the source announces them.</summary>
    public double? Percent => Sync.SyncResult.ShareDone(Rows, Remaining);
}
