using Npgsql;

namespace IocDashboard.Ingestion.Feeds;

/// <summary>The warehouse's natural codes and surrogate ids, read once per run to validate and map records.</summary>
public sealed class ReferenceCodes
{
    public required IReadOnlyDictionary<string, int> Units { get; init; }

    public required IReadOnlyDictionary<int, string> UnitCodes { get; init; }

    public required IReadOnlyDictionary<string, short> Fields { get; init; }

    /// <summary>Procedure code → (id, field id).</summary>
    public required IReadOnlyDictionary<string, (int Id, short FieldId)> Procedures { get; init; }

    public required IReadOnlyDictionary<string, short> ReformAreas { get; init; }

    public required IReadOnlyDictionary<string, short> Indicators { get; init; }

    public static async Task<ReferenceCodes> LoadAsync(NpgsqlDataSource dataSource, CancellationToken ct)
    {
        var units = await ReadAsync(dataSource, "select code, id from core.org_units", r => r.GetInt32(1), ct);
        return new ReferenceCodes
        {
            Units = units,
            UnitCodes = units.ToDictionary(u => u.Value, u => u.Key),
            Fields = await ReadAsync(dataSource, "select code, id from core.procedure_fields", r => r.GetInt16(1), ct),
            Procedures = await ReadAsync(dataSource, "select code, id, field_id from core.procedures", r => (r.GetInt32(1), r.GetInt16(2)), ct),
            ReformAreas = await ReadAsync(dataSource, "select code, id from core.reform_areas", r => r.GetInt16(1), ct),
            Indicators = await ReadAsync(dataSource, "select code, id from core.dx_indicators", r => r.GetInt16(1), ct),
        };
    }

    private static async Task<Dictionary<string, T>> ReadAsync<T>(NpgsqlDataSource dataSource, string sql, Func<NpgsqlDataReader, T> value, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        while (await reader.ReadAsync(ct))
        {
            map[reader.GetString(0)] = value(reader);
        }

        return map;
    }
}
