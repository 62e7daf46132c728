using Npgsql;

namespace IocDashboard.Warehouse.Loading;

/// <summary>
/// The warehouse's natural codes and surrogate ids of its dimensions, read in one go: how every loader (a source's
/// feed, the seed, an uploaded template) maps the codes it is given to the ids it writes. Codes are stored in upper
/// case and compare byte by byte (<see cref="Comparer"/>), as the database compares them: a code that differs in
/// any way is unknown.
/// </summary>
public sealed class ReferenceCodes
{
    public static readonly StringComparer Comparer = StringComparer.Ordinal;

    public required IReadOnlyDictionary<string, int> Units { get; init; }

    public required IReadOnlyDictionary<int, string> UnitCodes { get; init; }

    public required IReadOnlyDictionary<string, short> Fields { get; init; }

    /// <summary>Procedure code → (id, field id).</summary>
    public required IReadOnlyDictionary<string, (int Id, short FieldId)> Procedures { get; init; }

    public required IReadOnlyDictionary<string, short> ReformAreas { get; init; }

    public required IReadOnlyDictionary<string, short> Indicators { get; init; }

    public static async Task<ReferenceCodes> LoadAsync(NpgsqlDataSource dataSource, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await LoadAsync(connection, ct);
    }

    /// <summary>On the caller's connection, so that inside a transaction it sees the dimensions written so far.</summary>
    public static async Task<ReferenceCodes> LoadAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        var units = await ReadAsync(connection, "select code, id from core.org_units", r => r.GetInt32(1), ct);
        return new ReferenceCodes
        {
            Units = units,
            UnitCodes = units.ToDictionary(u => u.Value, u => u.Key),
            Fields = await ReadAsync(connection, "select code, id from core.procedure_fields", r => r.GetInt16(1), ct),
            Procedures = await ReadAsync(connection, "select code, id, field_id from core.procedures", r => (r.GetInt32(1), r.GetInt16(2)), ct),
            ReformAreas = await ReadAsync(connection, "select code, id from core.reform_areas", r => r.GetInt16(1), ct),
            Indicators = await ReadAsync(connection, "select code, id from core.dx_indicators", r => r.GetInt16(1), ct),
        };
    }

    private static async Task<Dictionary<string, T>> ReadAsync<T>(NpgsqlConnection connection, string sql, Func<NpgsqlDataReader, T> value, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var map = new Dictionary<string, T>(Comparer);
        while (await reader.ReadAsync(ct))
        {
            map[reader.GetString(0)] = value(reader);
        }

        return map;
    }
}
