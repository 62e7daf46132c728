using Npgsql;

namespace IocDashboard.Warehouse.Loading;

internal static class UpsertCounts
{
    /// <summary>Runs an upsert that returns (xmax = 0) per written row: true for an insert, false for an update.</summary>
    public static async Task<(int Inserted, int Updated)> ReadAsync(NpgsqlCommand upsert, CancellationToken cancellationToken)
    {
        int inserted = 0, updated = 0;
        await using var reader = await upsert.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (reader.GetBoolean(0))
            {
                inserted++;
            }
            else
            {
                updated++;
            }
        }

        return (inserted, updated);
    }
}
