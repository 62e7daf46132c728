using Npgsql;
using NpgsqlTypes;

namespace IocDashboard.Warehouse.Loading;

/// <summary>Array parameters for the unnest(…) upserts of the writers.</summary>
internal static class SqlArrays
{
    public static NpgsqlParameter Of<T>(string name, IEnumerable<T> values) => new NpgsqlParameter<T[]>(name, values.ToArray());

    /// <summary>An array whose elements may be null, typed explicitly because a null says nothing of its type.</summary>
    public static NpgsqlParameter OfNullable<T>(string name, NpgsqlDbType elementType, IEnumerable<T> values) =>
        new(name, NpgsqlDbType.Array | elementType) { Value = values.Select(v => (object?)v ?? DBNull.Value).ToArray() };
}
