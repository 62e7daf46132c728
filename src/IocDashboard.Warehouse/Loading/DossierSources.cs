using Npgsql;

namespace IocDashboard.Warehouse.Loading;

/// <summary>
/// The source systems of dossiers (core.dossier_sources): a dossier's key is its source's small id and its id in
/// that system. A source is registered the first time anything loads from it.
/// </summary>
public static class DossierSources
{
    // The insert runs only for a code not yet there, so that no identity value is spent on the usual lookup
    // (a smallint sequence would otherwise run out after 32,767 pages).
    private const string FindOrAddSql = """
        with existing as (select id from core.dossier_sources where code = @code),
        added as (
            insert into core.dossier_sources (code)
            select @code where not exists (select 1 from existing)
            on conflict (code) do nothing
            returning id
        )
        select id from existing union all select id from added
        """;

    /// <summary>
    /// The id of a source, for a batch that sends other statements with it. It returns no row when a concurrent
    /// first load of the same code won the insert: <see cref="IdAsync"/> then finds that row.
    /// </summary>
    public static NpgsqlBatchCommand FindOrAdd(string code) =>
        new(FindOrAddSql) { Parameters = { new NpgsqlParameter<string>("code", code) } };

    public static async Task<short> IdAsync(NpgsqlConnection connection, string code, CancellationToken ct)
    {
        // A concurrent first load of the same code makes ours do nothing: the second try then sees its row.
        for (var attempt = 0; ; attempt++)
        {
            await using var command = new NpgsqlCommand(FindOrAddSql, connection);
            command.Parameters.AddWithValue("code", code);
            if (await command.ExecuteScalarAsync(ct) is short id)
            {
                return id;
            }

            if (attempt == 1)
            {
                throw new InvalidOperationException($"dossier source '{code}' could be neither found nor added");
            }
        }
    }

    public static async Task<Dictionary<string, short>> IdsAsync(NpgsqlConnection connection, IEnumerable<string> codes, CancellationToken ct)
    {
        var ids = new Dictionary<string, short>(ReferenceCodes.Comparer);
        foreach (var code in codes.Distinct(ReferenceCodes.Comparer))
        {
            ids[code] = await IdAsync(connection, code, ct);
        }

        return ids;
    }
}
