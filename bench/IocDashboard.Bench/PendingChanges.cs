using IocDashboard.Ingestion.Feeds;
using IocDashboard.Ingestion.Sources;
using Npgsql;

namespace IocDashboard.Bench;

/// <summary>
/// How many changes wait in the sources' feeds past the warehouse's watermarks, counted without loading them:
/// one feed page from each stored cursor, read and dropped. The simulator's activity is the same however often
/// its feeds are polled, so counting changes nothing the sync will then read.
/// </summary>
internal static class PendingChanges
{
    public static async Task<long> CountAsync(
        NpgsqlDataSource dataSource, FeedClient client, IEnumerable<SourceOptions> sources, CancellationToken ct)
    {
        var counts = await Task.WhenAll(sources.Select(source => CountAsync(dataSource, client, source, ct)));
        return counts.Sum();
    }

    /// <summary>Up to one page: a full page of one source is already about as many as a bench waits for.</summary>
    private static async Task<long> CountAsync(NpgsqlDataSource dataSource, FeedClient client, SourceOptions source, CancellationToken ct)
    {
        // Read-only, unlike SourceState.CursorAsync, which records a sync attempt: counting is not an attempt.
        await using var command = dataSource.CreateCommand("select cursor from ingest.source_state where source_id = @id");
        command.Parameters.AddWithValue("id", source.Id);
        var cursor = await command.ExecuteScalarAsync(ct) as string;
        using var page = await client.GetPageAsync(source, cursor, ct);
        return page.Items.Count;
    }
}
