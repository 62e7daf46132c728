using Npgsql;

namespace IocDashboard.Ingestion.Sync;

/// <summary>Lineage: every row a run writes points at the run's load batch.</summary>
internal static class LoadBatches
{
    public static async Task<long> StartAsync(NpgsqlDataSource dataSource, string sourceId, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(
            "insert into ingest.load_batches (source_code, kind) values (@source, 'sync') returning id");
        command.Parameters.AddWithValue("source", sourceId);
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    public static async Task FinishAsync(NpgsqlDataSource dataSource, long batch, long rows, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(
            "update ingest.load_batches set finished_at = now(), rows_written = @rows where id = @id");
        command.Parameters.AddWithValue("rows", rows);
        command.Parameters.AddWithValue("id", batch);
        await command.ExecuteNonQueryAsync(ct);
    }
}
