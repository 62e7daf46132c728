using IocDashboard.Ingestion.Sources;
using Npgsql;

namespace IocDashboard.Ingestion.Sync;

/// <summary>The watermark and bookkeeping of one source (ingest.source_state), read and written in the page transaction.</summary>
internal static class SourceState
{
    public static async Task<string?> CursorAsync(NpgsqlDataSource dataSource, string sourceId, SourceKind kind, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand("""
            insert into ingest.source_state (source_id, kind, last_attempt_at) values (@id, @kind, now())
            on conflict (source_id) do update set last_attempt_at = now()
            returning cursor
            """);
        command.Parameters.AddWithValue("id", sourceId);
        command.Parameters.AddWithValue("kind", kind.ToText());
        return await command.ExecuteScalarAsync(ct) as string;
    }

    /// <summary>Moves the watermark; part of the page's closing batch.</summary>
    public static NpgsqlBatchCommand Advance(string sourceId, string cursor, DateTimeOffset? newestRecord, int rows)
    {
        var command = new NpgsqlBatchCommand("""
            update ingest.source_state
            set cursor = @cursor,
                newest_record_at = greatest(newest_record_at, @newest),
                rows_loaded = rows_loaded + @rows
            where source_id = @id
            """);
        command.Parameters.AddWithValue("id", sourceId);
        command.Parameters.AddWithValue("cursor", cursor);
        command.Parameters.AddWithValue("newest", (object?)newestRecord?.ToUniversalTime() ?? DBNull.Value);
        command.Parameters.AddWithValue("rows", rows);
        return command;
    }

    public static async Task FinishAsync(NpgsqlDataSource dataSource, string sourceId, string? error, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(error is null
            ? "update ingest.source_state set last_success_at = now(), last_error = null where source_id = @id"
            : "update ingest.source_state set last_error = @error where source_id = @id");
        command.Parameters.AddWithValue("id", sourceId);
        if (error is not null)
        {
            command.Parameters.AddWithValue("error", error);
        }

        await command.ExecuteNonQueryAsync(ct);
    }
}
