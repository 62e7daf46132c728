using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace IocDashboard.Warehouse.Schema;

/// <summary>
/// Applies the numbered SQL scripts embedded from Schema/Migrations, each once, in order, each in its own
/// transaction, recording them in meta.schema_migrations. An advisory lock keeps replicas from racing;
/// re-running is a no-op. A script that changed after it was applied is an error, not silently skipped (except the
/// amendments listed, each with why).
/// </summary>
public sealed class MigrationRunner(NpgsqlDataSource dataSource, ILogger<MigrationRunner> logger)
{
    private const long AdvisoryLockKey = 0x10C_DA5B;

    public static IReadOnlyList<Migration> Embedded { get; } = LoadEmbedded();

    public static int LatestVersion => Embedded[^1].Version;

    /// <summary>
    /// Earlier texts of scripts that were amended after release, accepted as applied. 0002 once also created the
    /// schema of the scheduler that Hangfire replaced; 0007 drops that schema where it exists, and a new database
    /// never gets it.
    /// </summary>
    private static readonly Dictionary<int, string> AmendedChecksums = new()
    {
        [2] = "E5054099DD7F39D19CA3D3D6BCBA8DA069265883FEC8374BDEF2FAD7191B43E7",
    };

    public async Task<int> ApplyAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await Execute(connection, "select pg_advisory_lock(@key)", cancellationToken, ("key", AdvisoryLockKey));
        try
        {
            await Execute(connection, """
                create schema if not exists meta;
                create table if not exists meta.schema_migrations (
                    version    int primary key,
                    name       text not null,
                    checksum   text not null,
                    applied_at timestamptz not null default now())
                """, cancellationToken);

            var applied = await AppliedAsync(connection, cancellationToken);
            var count = 0;
            foreach (var migration in Embedded)
            {
                if (applied.TryGetValue(migration.Version, out var checksum))
                {
                    if (checksum != migration.Checksum && AmendedChecksums.GetValueOrDefault(migration.Version) != checksum)
                    {
                        throw new InvalidOperationException($"migration {migration.Name} changed after it was applied");
                    }

                    continue;
                }

                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await Execute(connection, migration.Sql, cancellationToken);
                await Execute(connection, "insert into meta.schema_migrations (version, name, checksum) values (@v, @n, @c)",
                    cancellationToken, ("v", migration.Version), ("n", migration.Name), ("c", migration.Checksum));
                await transaction.CommitAsync(cancellationToken);
                logger.LogInformation("Applied migration {Migration}", migration.Name);
                count++;
            }

            return count;
        }
        finally
        {
            await Execute(connection, "select pg_advisory_unlock(@key)", CancellationToken.None, ("key", AdvisoryLockKey));
        }
    }

    /// <summary>The highest applied version, or null when the database has never been migrated.</summary>
    public async Task<int?> CurrentVersionAsync(CancellationToken cancellationToken)
    {
        // Two statements: PostgreSQL resolves every table of a statement before running it.
        await using var exists = dataSource.CreateCommand("select to_regclass('meta.schema_migrations') is not null");
        if (!(bool)(await exists.ExecuteScalarAsync(cancellationToken))!)
        {
            return null;
        }

        await using var command = dataSource.CreateCommand("select max(version) from meta.schema_migrations");
        return await command.ExecuteScalarAsync(cancellationToken) is int version ? version : null;
    }

    private static async Task<Dictionary<int, string>> AppliedAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("select version, checksum from meta.schema_migrations", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var applied = new Dictionary<int, string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            applied[reader.GetInt32(0)] = reader.GetString(1);
        }

        return applied;
    }

    private static async Task Execute(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        // A migration may rewrite or backfill from every stored dossier (millions of rows): the default 30 s is
        // for queries, not for these.
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static List<Migration> LoadEmbedded()
    {
        var assembly = typeof(MigrationRunner).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Migrations.", StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => Migration.From(n["Migrations.".Length..^".sql".Length], Read(assembly, n)))
            .OrderBy(m => m.Version)
            .ToList();
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}

/// <summary>One numbered script: "0001_core_schema" is version 1.</summary>
public sealed record Migration(int Version, string Name, string Sql, string Checksum)
{
    public static Migration From(string name, string sql) => new(
        int.Parse(name.AsSpan(0, name.IndexOf('_', StringComparison.Ordinal)), System.Globalization.CultureInfo.InvariantCulture),
        name,
        sql,
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sql))));
}
