using System.Security.Cryptography;
using IocDashboard.Ingestion.State;
using IocDashboard.Reports;
using IocDashboard.Reports.Archive;
using IocDashboard.Web.Features.Audit;
using Microsoft.Extensions.Options;

namespace IocDashboard.Web.Features.Reports.Archive;

/// <summary>
/// Makes a report with <see cref="ReportGenerator"/> and keeps it: the file under Reports:ArchiveDirectory (written to
/// a temporary name, then moved to a path no other file ever had), then its row through <see cref="ReportArchiveStore"/>,
/// with who made it, when, and how fresh each source's data was then (the freshness /health and the wall read). Each
/// version added is kept in the audit log too.
/// </summary>
internal sealed partial class ReportArchive(
    ReportGenerator generator,
    ReportArchiveStore store,
    IngestionStateReader ingestionState,
    IOptions<ReportOptions> options,
    IHostEnvironment environment,
    AuditTrail audit,
    TimeProvider clock,
    ILogger<ReportArchive> logger)
{
    /// <summary>The archive directory as a full path.</summary>
    public string Root => Path.GetFullPath(options.Value.ArchiveDirectory, environment.ContentRootPath);

    /// <summary>An operator's request: always a new version.</summary>
    public async Task<ArchivedReport> ArchiveAsync(ReportRequest request, ReportFormat format, string generatedBy, CancellationToken ct) =>
        (await ArchiveAsync(request, format, generatedBy, bySchedule: false, ct)).Report;

    /// <summary>
    /// The schedule's request: a new version unless the schedule already archived this report (Added false then), so a
    /// retried or repeated run adds nothing. A PDF throws <see cref="ChromiumUnavailableException"/> without Chromium.
    /// </summary>
    public async Task<(ArchivedReport Report, bool Added)> ArchiveAsync(
        ReportRequest request, ReportFormat format, string generatedBy, bool bySchedule, CancellationToken ct)
    {
        var key = new ArchiveKey(request.Term, request.Unit.Id, request.Unit.Code, request.Unit.Name, request.CutOff, format);
        if (bySchedule && await store.FindScheduledAsync(key, ct) is { } done)
        {
            return (done, false);
        }

        var file = await generator.GenerateAsync(request, format, ct);
        var sources = (await ingestionState.FreshnessAsync(ct)).Select(s => new SourceSnapshot(s.Id, s.LastSuccessAt, s.Stale)).ToList();
        var entry = new ArchiveEntry(key, clock.GetUtcNow(), generatedBy, bySchedule, sources);
        var outcome = await store.AddAsync(entry, (slot, token) => WriteAsync(file, request, slot, token), ct);
        if (outcome.Added)
        {
            var report = outcome.Report;
            await audit.RecordAsync(generatedBy, "report.generate", report.FileName, null,
                new { period = report.Term.Key, unit = report.UnitCode, cutOff = report.CutOff.ToString(), format = report.Format.ToString(), report.Version, report.Sha256, bySchedule }, null, ct);
            LogArchived(logger, report.FileName, report.Version, generatedBy);
        }

        return outcome;
    }

    /// <summary>The full path of an archived file, or null when it is not on disk (or its path would leave the directory).</summary>
    public string? PathOf(ArchivedReport report)
    {
        var root = Root;
        var full = Path.GetFullPath(report.StoragePath, root);
        return full.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(full)
            ? full
            : null;
    }

    private async Task<StoredFile> WriteAsync(ReportFile file, ReportRequest request, ArchiveSlot slot, CancellationToken ct)
    {
        var name = $"{Path.GetFileNameWithoutExtension(file.FileName)}-v{slot.Version}{Path.GetExtension(file.FileName)}";
        // The id makes the path new even if a file of an interrupted earlier attempt is still there.
        var relative = $"{request.Term.Key}/{slot.Id:D6}-{name}";
        var full = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = $"{full}.{Guid.NewGuid():N}.tmp";
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                await stream.WriteAsync(file.Content, ct);
                stream.Flush(flushToDisk: true);
            }

            // Never replaces: an existing file at the path is an error, not overwritten.
            File.Move(temporary, full, overwrite: false);
        }
        finally
        {
            File.Delete(temporary);
        }

        return new StoredFile(name, relative, Convert.ToHexStringLower(SHA256.HashData(file.Content)), file.Content.LongLength);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Archived {FileName} (version {Version}) for {GeneratedBy}")]
    private static partial void LogArchived(ILogger logger, string fileName, int version, string generatedBy);
}
