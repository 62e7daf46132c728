using Npgsql;

namespace IocDashboard.Ingestion.Sync;

/// <summary>How far a running sync got; written per page so that any node's console can show it.</summary>
internal static class SyncProgress
{
    public static async Task StartAsync(NpgsqlDataSource dataSource, string sourceId, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand("""
            insert into ingest.sync_progress (source_id, node, started_at, updated_at) values (@id, @node, now(), now())
            on conflict (source_id) do update
            set node = excluded.node, started_at = now(), updated_at = now(), pages = 0, rows_read = 0, rows_remaining = null, finished_at = null
            """);
        command.Parameters.AddWithValue("id", sourceId);
        command.Parameters.AddWithValue("node", Environment.MachineName + "/" + Environment.ProcessId);
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Counts a page and what the source announced after it; part of the page's closing batch.</summary>
    public static NpgsqlBatchCommand Page(string sourceId, int rows, long? remaining)
    {
        var command = new NpgsqlBatchCommand("""
            update ingest.sync_progress set pages = pages + 1, rows_read = rows_read + @rows, rows_remaining = @remaining, updated_at = now()
            where source_id = @id
            """);
        command.Parameters.AddWithValue("id", sourceId);
        command.Parameters.AddWithValue("rows", rows);
        command.Parameters.AddWithValue("remaining", (object?)remaining ?? DBNull.Value);
        return command;
    }

    public static async Task FinishAsync(NpgsqlDataSource dataSource, string sourceId, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand("update ingest.sync_progress set finished_at = now(), updated_at = now() where source_id = @id");
        command.Parameters.AddWithValue("id", sourceId);
        await command.ExecuteNonQueryAsync(ct);
    }
}
