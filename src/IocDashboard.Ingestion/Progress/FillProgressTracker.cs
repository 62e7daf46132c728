using IocDashboard.Ingestion.Sources;
using Microsoft.Extensions.Options;
using Npgsql;

namespace IocDashboard.Ingestion.Progress;

/// <summary>
/// Reads how far the enabled sources have filled the warehouse (ingest.source_state and the running syncs in
/// ingest.sync_progress) and keeps the first reading, so that the rate is measured since this host began watching.
/// </summary>
public sealed class FillProgressTracker(NpgsqlDataSource dataSource, IOptions<IngestionOptions> options, TimeProvider clock)
{
    private readonly DateTimeOffset _started = clock.GetUtcNow();
    private (DateTimeOffset At, long Loaded)? _first;

    public async Task<FillProgress> ReadAsync(CancellationToken ct)
    {
        var ids = options.Value.Sources.Where(s => s.Enabled).Select(s => s.Id).Distinct().ToArray();
        await using var command = dataSource.CreateCommand("""
            select count(*) filter (where last_success_at is not null), coalesce(sum(rows_loaded), 0)::bigint
            from ingest.source_state where source_id = any(@ids);
            select coalesce(sum(rows_remaining), 0)::bigint
            from ingest.sync_progress p
            where p.finished_at is null and p.source_id = any(@ids)
              and not exists (select 1 from ingest.source_state s where s.source_id = p.source_id and s.last_success_at is not null)
            """);
        command.Parameters.AddWithValue("ids", ids);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var (done, loaded) = (reader.GetInt64(0), reader.GetInt64(1));
        await reader.NextResultAsync(ct);
        await reader.ReadAsync(ct);
        var remaining = reader.GetInt64(0);

        var now = clock.GetUtcNow();
        _first ??= (now, loaded);
        var seconds = (now - _first.Value.At).TotalSeconds;
        var rate = seconds > 0 ? (loaded - _first.Value.Loaded) / seconds : 0;
        return new FillProgress(loaded, loaded + remaining, (int)done, ids.Length, rate, now - _started);
    }
}
