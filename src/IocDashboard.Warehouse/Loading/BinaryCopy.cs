using Npgsql;

namespace IocDashboard.Warehouse.Loading;

/// <summary>Binary COPY of a sequence of rows: the bulk path of every loader (what BulkExtensions does underneath).</summary>
public static class BinaryCopy
{
    public static async Task<ulong> WriteAsync<T>(
        NpgsqlConnection connection, string tableAndColumns, IEnumerable<T> rows, Action<NpgsqlBinaryImporter, T> writeRow, CancellationToken cancellationToken)
    {
        await using var importer = await connection.BeginBinaryImportAsync($"copy {tableAndColumns} from stdin (format binary)", cancellationToken);
        importer.Timeout = TimeSpan.FromMinutes(10);
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            importer.StartRow();
            writeRow(importer, row);
        }

        // Without Complete the COPY is rolled back when the importer is disposed.
        return await importer.CompleteAsync(cancellationToken);
    }

    public static void WriteNullable<TValue>(this NpgsqlBinaryImporter importer, TValue? value, NpgsqlTypes.NpgsqlDbType type)
        where TValue : struct
    {
        if (value is { } v)
        {
            importer.Write(v, type);
        }
        else
        {
            importer.WriteNull();
        }
    }

    /// <summary>Text columns one after the other.</summary>
    public static void WriteText(this NpgsqlBinaryImporter importer, params ReadOnlySpan<string> values)
    {
        foreach (var value in values)
        {
            importer.Write(value, NpgsqlTypes.NpgsqlDbType.Text);
        }
    }

    public static void WriteNullable(this NpgsqlBinaryImporter importer, string? value)
    {
        if (value is null)
        {
            importer.WriteNull();
        }
        else
        {
            importer.Write(value, NpgsqlTypes.NpgsqlDbType.Text);
        }
    }
}
