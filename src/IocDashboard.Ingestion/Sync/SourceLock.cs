using Npgsql;

namespace IocDashboard.Ingestion.Sync;

/// <summary>
/// A source's run lock: a PostgreSQL session-level advisory lock keyed by the source id, held on the run's own
/// connection. Cluster-wide, and released by the server when the session ends, so a node killed mid-run never
/// leaves a stale lock behind.
/// </summary>
internal static class SourceLock
{
    /// <summary>The first half of the two-part lock key: this lock's namespace, apart from the migration runner's.</summary>
    private const int Namespace = 0x5_0C5;

    public static async Task<bool> TryTakeAsync(NpgsqlConnection connection, string sourceId, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("select pg_try_advisory_lock(@ns, hashtext(@id))", connection);
        command.Parameters.AddWithValue("ns", Namespace);
        command.Parameters.AddWithValue("id", sourceId);
        return (bool)(await command.ExecuteScalarAsync(ct))!;
    }

    /// <summary>Releases the lock; a broken connection has released it already.</summary>
    public static async Task ReleaseAsync(NpgsqlConnection connection, string sourceId)
    {
        if (connection.State != System.Data.ConnectionState.Open)
        {
            return;
        }

        await using var command = new NpgsqlCommand("select pg_advisory_unlock(@ns, hashtext(@id))", connection);
        command.Parameters.AddWithValue("ns", Namespace);
        command.Parameters.AddWithValue("id", sourceId);
        await command.ExecuteScalarAsync(CancellationToken.None);
    }
}
