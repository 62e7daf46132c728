using IocDashboard.Domain.Periods;

namespace IocDashboard.Reports.Archive;

/// <summary>What a version of the archive is a version of: a period's report of a unit, under a cut-off, in a format.</summary>
public sealed record ArchiveKey(ReportTerm Term, int UnitId, string UnitCode, string UnitName, CutOff CutOff, ReportFormat Format);

/// <summary>A source's freshness when a report was made: its last successful sync and whether that was within its SLA.</summary>
public sealed record SourceSnapshot(string Id, DateTimeOffset? LastSuccessAt, bool Stale);

/// <summary>Who made a report and when, and how fresh the data was then.</summary>
public sealed record ArchiveEntry(ArchiveKey Key, DateTimeOffset GeneratedAt, string GeneratedBy, bool BySchedule, IReadOnlyList<SourceSnapshot> Sources);

/// <summary>The id and version reserved for a new file; its path carries the id, so no two files ever share a path.</summary>
public sealed record ArchiveSlot(long Id, int Version);

/// <summary>A file written to the archive directory: its download name, its path relative to the directory, its bytes' SHA-256 and size.</summary>
public sealed record StoredFile(string FileName, string StoragePath, string Sha256, long SizeBytes);

/// <summary>One archived file (a row of report.archived_reports).</summary>
public sealed record ArchivedReport(
    long Id,
    ReportTerm Term,
    string UnitCode,
    string UnitName,
    CutOff CutOff,
    ReportFormat Format,
    int Version,
    string FileName,
    string StoragePath,
    string Sha256,
    long SizeBytes,
    DateTimeOffset GeneratedAt,
    string GeneratedBy,
    bool BySchedule,
    DateTimeOffset? DataAsOf);
