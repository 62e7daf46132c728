using Npgsql;
using NpgsqlTypes;

namespace IocDashboard.Warehouse.Loading;

/// <summary>
/// Writes the org units, their parents, successor links and dated attributes, inside the caller's transaction.
/// Units are upserted by code, so loading the same rows again changes nothing and loading newer ones brings a filled
/// warehouse up to them (a unit's end, new units) while every id the facts point at stays. The links and revisions
/// of the units given are replaced by the ones given: the rows are the whole truth about their units.
/// </summary>
internal static class OrgUnitWriter
{
    public static async Task WriteAsync(NpgsqlConnection connection, ReferenceDimensions dimensions, long batch, CancellationToken ct)
    {
        var units = dimensions.OrgUnits;
        await ExecuteAsync(connection, """
            insert into core.org_units as u (code, name, kind, valid_from, valid_to, stat_code, source, load_batch_id)
            select code, name, kind, valid_from, valid_to, stat_code, source, @batch
            from unnest(@code, @name, @kind, @valid_from, @valid_to, @stat_code, @source)
                as i(code, name, kind, valid_from, valid_to, stat_code, source)
            on conflict (code) do update
            set name = excluded.name, kind = excluded.kind, valid_from = excluded.valid_from, valid_to = excluded.valid_to,
                stat_code = excluded.stat_code, source = excluded.source, load_batch_id = excluded.load_batch_id
            where (u.name, u.kind, u.valid_from, u.valid_to, u.stat_code, u.source)
                  is distinct from (excluded.name, excluded.kind, excluded.valid_from, excluded.valid_to, excluded.stat_code, excluded.source)
            """, ct,
            SqlArrays.Of("code", units.Select(u => u.Code)),
            SqlArrays.Of("name", units.Select(u => u.Name)),
            SqlArrays.Of("kind", units.Select(u => u.Kind)),
            SqlArrays.Of("valid_from", units.Select(u => u.ValidFrom)),
            SqlArrays.OfNullable("valid_to", NpgsqlDbType.Date, units.Select(u => u.ValidTo)),
            SqlArrays.OfNullable("stat_code", NpgsqlDbType.Text, units.Select(u => u.StatCode)),
            SqlArrays.Of("source", units.Select(u => u.Source.ToText())),
            new NpgsqlParameter<long>("batch", batch));

        // Parents, links and seats are rows of the same batch: they are mapped once every row has its id.
        var ids = (await ReferenceCodes.LoadAsync(connection, ct)).Units;
        int Id(string code, string what) =>
            ids.TryGetValue(code, out var id) ? id : throw new InvalidDataException($"{what} names unknown org unit '{code}'");

        await ExecuteAsync(connection, """
            update core.org_units u set parent_id = i.parent_id
            from unnest(@id, @parent) as i(id, parent_id)
            where u.id = i.id and u.parent_id is distinct from i.parent_id
            """, ct,
            SqlArrays.Of("id", units.Select(u => Id(u.Code, "a unit"))),
            SqlArrays.OfNullable("parent", NpgsqlDbType.Integer, units.Select(u => u.ParentCode is { } p ? Id(p, $"the parent of {u.Code}") : (int?)null)));

        var links = dimensions.OrgUnitSuccessors;
        await ExecuteAsync(connection, """
            with given as (
                select * from unnest(@predecessor, @successor, @partial, @effective_on) as i(predecessor_id, successor_id, partial, effective_on)
            ), dropped as (
                delete from core.org_unit_successors l
                where l.predecessor_id = any(@units)
                  and (l.predecessor_id, l.successor_id) not in (select predecessor_id, successor_id from given)
            )
            insert into core.org_unit_successors as l (predecessor_id, successor_id, partial, effective_on)
            select predecessor_id, successor_id, partial, effective_on from given
            on conflict (predecessor_id, successor_id) do update
            set partial = excluded.partial, effective_on = excluded.effective_on
            where (l.partial, l.effective_on) is distinct from (excluded.partial, excluded.effective_on)
            """, ct,
            SqlArrays.Of("predecessor", links.Select(l => Id(l.PredecessorCode, "a successor link"))),
            SqlArrays.Of("successor", links.Select(l => Id(l.SuccessorCode, "a successor link"))),
            SqlArrays.Of("partial", links.Select(l => l.Partial)),
            SqlArrays.Of("effective_on", links.Select(l => l.EffectiveOn)),
            SqlArrays.Of("units", units.Select(u => Id(u.Code, "a unit"))));

        var revisions = dimensions.OrgUnitRevisions;
        await ExecuteAsync(connection, """
            with given as (
                select * from unnest(@unit, @valid_from, @valid_to, @stat_code, @seat, @source)
                    as i(org_unit_id, valid_from, valid_to, stat_code, seat_id, source)
            ), dropped as (
                delete from core.org_unit_revisions r
                where r.org_unit_id = any(@units)
                  and (r.org_unit_id, r.valid_from) not in (select org_unit_id, valid_from from given)
            )
            insert into core.org_unit_revisions as r (org_unit_id, valid_from, valid_to, stat_code, seat_id, source, load_batch_id)
            select org_unit_id, valid_from, valid_to, stat_code, seat_id, source, @batch from given
            on conflict (org_unit_id, valid_from) do update
            set valid_to = excluded.valid_to, stat_code = excluded.stat_code, seat_id = excluded.seat_id, source = excluded.source,
                load_batch_id = excluded.load_batch_id
            where (r.valid_to, r.stat_code, r.seat_id, r.source)
                  is distinct from (excluded.valid_to, excluded.stat_code, excluded.seat_id, excluded.source)
            """, ct,
            SqlArrays.Of("unit", revisions.Select(r => Id(r.Code, "a revision"))),
            SqlArrays.Of("valid_from", revisions.Select(r => r.ValidFrom)),
            SqlArrays.OfNullable("valid_to", NpgsqlDbType.Date, revisions.Select(r => r.ValidTo)),
            SqlArrays.OfNullable("stat_code", NpgsqlDbType.Text, revisions.Select(r => r.StatCode)),
            SqlArrays.OfNullable("seat", NpgsqlDbType.Integer, revisions.Select(r => r.SeatCode is { } s ? Id(s, $"the seat of {r.Code}") : (int?)null)),
            SqlArrays.Of("source", revisions.Select(r => r.Source.ToText())),
            SqlArrays.Of("units", units.Select(u => Id(u.Code, "a unit"))),
            new NpgsqlParameter<long>("batch", batch));
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct, params NpgsqlParameter[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddRange(parameters);
        await command.ExecuteNonQueryAsync(ct);
    }
}
