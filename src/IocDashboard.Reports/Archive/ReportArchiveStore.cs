using System.Text.Json;
using IocDashboard.Domain.Periods;
using Npgsql;
using NpgsqlTypes;

namespace IocDashboard.Reports.Archive;

/// <summary>
/// The one reader and writer of report.archived_reports. A new version is added under the archive's own lock: the
/// next version and a new id are reserved, the caller writes the file (its path carries the id), then the row is
/// inserted in the same transaction. The schedule's reports are added once: asked again, the existing row comes back.
/// </summary>
public sealed class ReportArchiveStore(NpgsqlDataSource dataSource)
{
    // Serialises additions to the archive across every host; they are a few a quarter, so one lock for all is enough.
    private const long LockKey = 0x10C_A2C4;

    private const string Columns = """
        id, period_key, unit_code, unit_name, cut_off, format, version, file_name, storage_path, sha256, size_bytes,
        generated_at, generated_by, by_schedule, data_as_of
        """;

    private const string ScheduledWhere = "period_key = @period and unit_id = @unit and cut_off = @cutoff and format = @format and by_schedule";

    /// <summary>Every archived file, newest first.</summary>
    public async Task<IReadOnlyList<ArchivedReport>> ListAsync(CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand($"select {Columns} from report.archived_reports order by generated_at desc, id desc");
        return await ReadAllAsync(command, ct);
    }

    public async Task<ArchivedReport?> FindAsync(long id, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand($"select {Columns} from report.archived_reports where id = @id");
        command.Parameters.AddWithValue("id", id);
        return (await ReadAllAsync(command, ct)).SingleOrDefault();
    }

    /// <summary>The file the schedule made for this key, if it made one.</summary>
    public async Task<ArchivedReport?> FindScheduledAsync(ArchiveKey key, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand($"select {Columns} from report.archived_reports where {ScheduledWhere}");
        AddKey(command.Parameters, key);
        return (await ReadAllAsync(command, ct)).SingleOrDefault();
    }

    /// <summary>
    /// Adds a version of <paramref name="entry"/>'s report: <paramref name="writeFile"/> puts the bytes on disk for the
    /// reserved slot, then the row is recorded. For the schedule, when it already archived this key, that row is
    /// returned (Added false) and nothing is written.
    /// </summary>
    public async Task<(ArchivedReport Report, bool Added)> AddAsync(
        ArchiveEntry entry, Func<ArchiveSlot, CancellationToken, Task<StoredFile>> writeFile, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using (var lockCommand = new NpgsqlCommand("select pg_advisory_xact_lock(@key)", connection, transaction))
        {
            lockCommand.Parameters.AddWithValue("key", LockKey);
            await lockCommand.ExecuteNonQueryAsync(ct);
        }

        var key = entry.Key;
        if (entry.BySchedule)
        {
            await using var existing = new NpgsqlCommand($"select {Columns} from report.archived_reports where {ScheduledWhere}", connection, transaction);
            AddKey(existing.Parameters, key);
            if ((await ReadAllAsync(existing, ct)).SingleOrDefault() is { } scheduled)
            {
                return (scheduled, false);
            }
        }

        ArchiveSlot slot;
        await using (var reserve = new NpgsqlCommand("""
            select nextval(pg_get_serial_sequence('report.archived_reports', 'id')),
                   coalesce((select max(version) from report.archived_reports
                             where period_key = @period and unit_id = @unit and cut_off = @cutoff and format = @format), 0) + 1
            """, connection, transaction))
        {
            AddKey(reserve.Parameters, key);
            await using var reader = await reserve.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            slot = new ArchiveSlot(reader.GetInt64(0), reader.GetInt32(1));
        }

        var file = await writeFile(slot, ct);
        await using (var insert = new NpgsqlCommand("""
            insert into report.archived_reports (
                id, period_key, unit_id, unit_code, unit_name, cut_off, format, version, file_name, storage_path, sha256,
                size_bytes, generated_at, generated_by, by_schedule, data_as_of, source_freshness)
            values (@id, @period, @unit, @unitCode, @unitName, @cutoff, @format, @version, @fileName, @path, @sha256,
                    @size, @at, @by, @bySchedule, @dataAsOf, @sources)
            """, connection, transaction))
        {
            AddKey(insert.Parameters, key);
            var p = insert.Parameters;
            p.AddWithValue("id", slot.Id);
            p.AddWithValue("unitCode", key.UnitCode);
            p.AddWithValue("unitName", key.UnitName);
            p.AddWithValue("version", slot.Version);
            p.AddWithValue("fileName", file.FileName);
            p.AddWithValue("path", file.StoragePath);
            p.AddWithValue("sha256", file.Sha256);
            p.AddWithValue("size", file.SizeBytes);
            // timestamptz takes UTC only; a clock may answer in another offset.
            p.AddWithValue("at", entry.GeneratedAt.ToUniversalTime());
            p.AddWithValue("by", entry.GeneratedBy);
            p.AddWithValue("bySchedule", entry.BySchedule);
            p.AddWithValue("dataAsOf", NpgsqlDbType.TimestampTz, (object?)entry.Sources.Max(s => s.LastSuccessAt)?.ToUniversalTime() ?? DBNull.Value);
            p.AddWithValue("sources", NpgsqlDbType.Jsonb, JsonSerializer.Serialize(entry.Sources, JsonSerializerOptions.Web));
            await insert.ExecuteNonQueryAsync(ct);
        }

        await transaction.CommitAsync(ct);
        return (new ArchivedReport(
            slot.Id, key.Term, key.UnitCode, key.UnitName, key.CutOff, key.Format, slot.Version, file.FileName, file.StoragePath,
            file.Sha256, file.SizeBytes, entry.GeneratedAt, entry.GeneratedBy, entry.BySchedule, entry.Sources.Max(s => s.LastSuccessAt)), true);
    }

    /// <summary>The cut-off as the archive writes it (the same words the API's cutoff parameter takes).</summary>
    public static string Text(CutOff cutOff) => cutOff == CutOff.Official ? "official" : "calendar";

    private static void AddKey(NpgsqlParameterCollection parameters, ArchiveKey key)
    {
        parameters.AddWithValue("period", key.Term.Key);
        parameters.AddWithValue("unit", key.UnitId);
        parameters.AddWithValue("cutoff", Text(key.CutOff));
        parameters.AddWithValue("format", key.Format.Extension());
    }

    private static async Task<IReadOnlyList<ArchivedReport>> ReadAllAsync(NpgsqlCommand command, CancellationToken ct)
    {
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<ArchivedReport>();
        while (await reader.ReadAsync(ct))
        {
            var format = ReportFormats.TryParse(reader.GetString(5), out var f) ? f : throw new InvalidDataException($"format '{reader.GetString(5)}'");
            rows.Add(new ArchivedReport(
                reader.GetInt64(0), ReportTerm.Parse(reader.GetString(1)), reader.GetString(2), reader.GetString(3),
                reader.GetString(4) == "official" ? CutOff.Official : CutOff.Calendar, format, reader.GetInt32(6),
                reader.GetString(7), reader.GetString(8), reader.GetString(9), reader.GetInt64(10),
                reader.GetFieldValue<DateTimeOffset>(11), reader.GetString(12), reader.GetBoolean(13),
                reader.IsDBNull(14) ? null : reader.GetFieldValue<DateTimeOffset>(14)));
        }

        return rows;
    }
}
