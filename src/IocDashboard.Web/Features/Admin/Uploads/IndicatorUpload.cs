using IocDashboard.Ingestion.Sources;
using IocDashboard.Ingestion.Sync;
using IocDashboard.Warehouse.Loading;
using IocDashboard.Web.Features.Audit;
using Npgsql;

namespace IocDashboard.Web.Features.Admin.Uploads;

/// <summary>What an upload loaded: its load batch and how the values compared with what the warehouse held.</summary>
public sealed record LoadedUpload(long BatchId, string SourceCode, int Values, int Inserted, int Updated, int Unchanged, DateOnly From, DateOnly To, int RowsNotReported);

public sealed record UploadResult(IReadOnlyList<TemplateError> Errors, LoadedUpload? Loaded);

/// <summary>
/// Loads a checked indicator template as a batch like any source's: a load batch of kind 'upload' (source
/// 'upload:&lt;file name&gt;'), the one indicator upsert, and NOTIFY ioc_changes, all in one transaction. A template
/// with any error loads nothing. A load is kept in the audit log.
/// </summary>
public sealed class IndicatorUpload(NpgsqlDataSource dataSource, AuditTrail audit, ILogger<IndicatorUpload> logger)
{
    public const long MaxBytes = 5 * 1024 * 1024;

    public async Task<UploadResult> LoadAsync(string fileName, int year, XlsxFile xlsx, string requestedBy, CancellationToken ct)
    {
        var reading = IndicatorTemplateReader.Read(xlsx, year, (await ReferenceCodes.LoadAsync(dataSource, ct)).Indicators);
        if (reading.Errors.Count > 0)
        {
            logger.LogInformation("Upload {File} refused with {Errors} errors", fileName, reading.Errors.Count);
            return new UploadResult(reading.Errors, null);
        }

        var source = "upload:" + fileName;
        var values = reading.Values.Select(v => new IndicatorValueRow(v.IndicatorId, v.Period, v.Value)).ToList();
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var batch = await LoadBatchLog.StartAsync(connection, source, "upload", $"năm {year}, {values.Count} giá trị, từ {requestedBy}", ct);
        var merged = await IndicatorValueWriter.UpsertAsync(connection, values, batch, ct);
        await LoadBatchLog.FinishAsync(connection, batch, merged.Inserted + merged.Updated, ct);
        if (merged.Inserted + merged.Updated > 0)
        {
            await ChangeNotifier.NotifyAsync(connection, new ChangeNotice(source, SourceKind.Indicators, [], merged.FirstDay, merged.LastDay), ct);
        }

        await transaction.CommitAsync(ct);
        await audit.RecordAsync(requestedBy, "upload.indicators", fileName, null,
            new { year, batch, values = values.Count, merged.Inserted, merged.Updated, merged.Unchanged }, null, ct);
        logger.LogInformation("Upload {File} loaded as batch {Batch}: {Inserted} inserted, {Updated} updated, {Unchanged} unchanged",
            fileName, batch, merged.Inserted, merged.Updated, merged.Unchanged);
        return new UploadResult([], new LoadedUpload(
            batch, source, values.Count, merged.Inserted, merged.Updated, merged.Unchanged,
            values.Min(v => v.Period), values.Max(v => v.Period), reading.RowsNotReported));
    }
}
