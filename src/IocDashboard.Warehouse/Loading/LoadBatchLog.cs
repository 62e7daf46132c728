using Npgsql;

namespace IocDashboard.Warehouse.Loading;

/// <summary>
/// Lineage: every loader (seed, sync, upload) opens a row of ingest.load_batches, points what it writes at
/// it, and closes it with the count. On the caller's connection, so that inside a transaction a failed load
/// leaves no batch behind.
/// </summary>
public static class LoadBatchLog
{
    public static async Task<long> StartAsync(NpgsqlConnection connection, string source, string kind, string? note, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            "insert into ingest.load_batches (source_code, kind, note) values (@source, @kind, @note) returning id", connection);
        command.Parameters.AddWithValue("source", source);
        command.Parameters.AddWithValue("kind", kind);
        command.Parameters.AddWithValue("note", (object?)note ?? DBNull.Value);
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    public static async Task FinishAsync(NpgsqlConnection connection, long batch, long rows, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            "update ingest.load_batches set finished_at = now(), rows_written = @rows where id = @id", connection);
        command.Parameters.AddWithValue("rows", rows);
        command.Parameters.AddWithValue("id", batch);
        await command.ExecuteNonQueryAsync(ct);
    }
}
