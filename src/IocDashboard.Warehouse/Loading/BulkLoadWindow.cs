using Npgsql;

namespace IocDashboard.Warehouse.Loading;

/// <summary>
/// For a bulk load into an empty table: drops its indexes, primary key, unique constraints and foreign keys, and
/// recreates them afterwards from their own definitions (pg_get_indexdef / pg_get_constraintdef), so nothing
/// is written twice. Building an index once is many times cheaper than maintaining it row by row, and a
/// foreign key is validated by one join instead of a trigger per row. Everything happens inside the caller's
/// transaction: if the load fails, the rollback restores the table as it was.
/// </summary>
internal sealed class BulkLoadWindow
{
    private readonly NpgsqlConnection _connection;
    private readonly string _table;
    private readonly List<string> _indexes;
    private readonly List<(string Name, string Definition)> _constraints;

    private BulkLoadWindow(NpgsqlConnection connection, string table, List<string> indexes, List<(string, string)> constraints)
    {
        _connection = connection;
        _table = table;
        _indexes = indexes;
        _constraints = constraints;
    }

    public static async Task<BulkLoadWindow> OpenAsync(NpgsqlConnection connection, string table, CancellationToken ct)
    {
        var indexes = await ReadAsync(connection, """
            select i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
            from pg_index i
            where i.indrelid = @table::regclass
              and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
            """, table, ct);
        var constraints = await ReadAsync(connection, """
            select conname, pg_get_constraintdef(oid)
            from pg_constraint
            where conrelid = @table::regclass and contype in ('p', 'u', 'f')
            order by contype desc
            """, table, ct);

        foreach (var (name, _) in constraints)
        {
            await ExecuteAsync(connection, $"alter table {table} drop constraint \"{name}\"", ct);
        }

        foreach (var (name, _) in indexes)
        {
            await ExecuteAsync(connection, $"drop index {name}", ct);
        }

        return new BulkLoadWindow(connection, table, indexes.Select(i => i.Definition).ToList(), constraints);
    }

    public async Task CloseAsync(CancellationToken ct)
    {
        foreach (var definition in _indexes)
        {
            await ExecuteAsync(_connection, definition, ct);
        }

        foreach (var (name, definition) in _constraints)
        {
            await ExecuteAsync(_connection, $"alter table {_table} add constraint \"{name}\" {definition}", ct);
        }
    }

    private static async Task<List<(string Name, string Definition)>> ReadAsync(NpgsqlConnection connection, string sql, string table, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("table", table);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<(string, string)>();
        while (await reader.ReadAsync(ct))
        {
            rows.Add((reader.GetString(0), reader.GetString(1)));
        }

        return rows;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        await command.ExecuteNonQueryAsync(ct);
    }
}
