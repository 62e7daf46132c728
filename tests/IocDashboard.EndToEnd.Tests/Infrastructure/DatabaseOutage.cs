using IocDashboard.Integration.Tests.Infrastructure;
using Npgsql;

namespace IocDashboard.EndToEnd.Tests.Infrastructure;

/// <summary>
/// One database of the shared test cluster made unreachable, as a database restart or a network cut looks to the
/// app: its open sessions are terminated and new ones refused. The cluster itself keeps running, because other
/// test projects' databases live on it. Disposing ends the outage.
/// </summary>
public sealed class DatabaseOutage : IAsyncDisposable
{
    private readonly string _connectionString;
    private bool _ended;

    private DatabaseOutage(string connectionString) => _connectionString = connectionString;

    public static async Task<DatabaseOutage> BeginAsync(string connectionString)
    {
        var outage = new DatabaseOutage(connectionString);
        var database = Database(connectionString);
        try
        {
            // Refuse first, then terminate (again until none is left): nobody can slip back in between.
            await AdminAsync($"alter database \"{database}\" with allow_connections false");
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
            do
            {
                if (DateTime.UtcNow > deadline)
                {
                    throw new TimeoutException($"sessions of {database} still open 10 s after pg_terminate_backend");
                }

                await AdminAsync("select pg_terminate_backend(pid) from pg_stat_activity where datname = @db and backend_type = 'client backend'", database);
                await Task.Delay(100);
            }
            while (await SessionsAsync(connectionString) > 0);
        }
        catch
        {
            await outage.EndAsync(); // never leave the shared rig's database refusing connections
            throw;
        }

        return outage;
    }

    /// <summary>The client sessions open on the database that match a condition on pg_stat_activity.</summary>
    public static async Task<long> SessionsAsync(string connectionString, string condition = "true")
    {
        await using var admin = new NpgsqlConnection(TestDatabase.ServerConnectionString);
        await admin.OpenAsync();
        await using var count = new NpgsqlCommand(
            $"select count(*) from pg_stat_activity where datname = @db and backend_type = 'client backend' and ({condition})", admin);
        count.Parameters.AddWithValue("db", Database(connectionString));
        return (long)(await count.ExecuteScalarAsync())!;
    }

    public async Task EndAsync()
    {
        if (_ended)
        {
            return;
        }

        _ended = true;
        await AdminAsync($"alter database \"{Database(_connectionString)}\" with allow_connections true");
        // This process's idle pooled connections were terminated too; the next test must not be handed one.
        await using var connection = new NpgsqlConnection(_connectionString);
        NpgsqlConnection.ClearPool(connection);
    }

    public async ValueTask DisposeAsync() => await EndAsync();

    private static string Database(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString).Database ?? throw new ArgumentException("no database in the connection string", nameof(connectionString));

    private static async Task AdminAsync(string sql, string? database = null)
    {
        await using var admin = new NpgsqlConnection(TestDatabase.ServerConnectionString);
        await admin.OpenAsync();
        await using var command = new NpgsqlCommand(sql, admin);
        if (database is not null)
        {
            command.Parameters.AddWithValue("db", database);
        }

        await command.ExecuteNonQueryAsync();
    }
}
