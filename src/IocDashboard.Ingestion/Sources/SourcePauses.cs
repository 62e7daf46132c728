using Npgsql;

namespace IocDashboard.Ingestion.Sources;

/// <summary>A source an operator paused: it does not run, by schedule or by hand, until resumed.</summary>
public sealed record SourcePause(string SourceId, DateTimeOffset PausedAt, string PausedBy);

/// <summary>
/// Pausing and resuming sources (ingest.source_pauses), and the sync's own check before a run. Kept in the warehouse
/// rather than in the scheduler, so that a pause survives restarts and re-registration of the schedules, and every
/// node and page sees the same answer; pages list the pauses through <see cref="State.IngestionStateReader"/>.
/// </summary>
public sealed class SourcePauses(NpgsqlDataSource dataSource)
{
    public async Task<bool> IsPausedAsync(string sourceId, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand("select exists (select 1 from ingest.source_pauses where source_id = @id)");
        command.Parameters.AddWithValue("id", sourceId);
        return (bool)(await command.ExecuteScalarAsync(ct))!;
    }

    /// <summary>Pauses the source; pausing a paused source keeps the first pause's time and author.</summary>
    public async Task PauseAsync(string sourceId, string pausedBy, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand("""
            insert into ingest.source_pauses (source_id, paused_by) values (@id, @by) on conflict (source_id) do nothing
            """);
        command.Parameters.AddWithValue("id", sourceId);
        command.Parameters.AddWithValue("by", pausedBy);
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task ResumeAsync(string sourceId, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand("delete from ingest.source_pauses where source_id = @id");
        command.Parameters.AddWithValue("id", sourceId);
        await command.ExecuteNonQueryAsync(ct);
    }
}
