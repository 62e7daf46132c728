using Npgsql;

namespace IocDashboard.Warehouse.Queries;

/// <summary>How many dossiers the warehouse holds and the latest local day one was received.</summary>
public sealed record DossierExtent(long Dossiers, DateOnly? LastDay);

/// <summary>Read from the rollups (a sum over months, the newest day by the primary key), never by counting raw dossiers.</summary>
public sealed class DossierExtentQuery(NpgsqlDataSource dataSource)
{
    public async Task<DossierExtent> ReadAsync(CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand("""
            select (select coalesce(sum(received), 0)::bigint from core.dossier_monthly_rollups),
                   (select max(day) from core.dossier_daily_rollups where received > 0)
            """);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return new DossierExtent(reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetFieldValue<DateOnly>(1));
    }
}
