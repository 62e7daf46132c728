using Npgsql;
using NpgsqlTypes;

namespace IocDashboard.Warehouse.Loading;

/// <summary>
/// Writes the dimensions the source systems refer to by code, inside the caller's transaction: org units with their
/// parents, successor links and dated attributes (<see cref="OrgUnitWriter"/>), fields, reform areas, indicator
/// definitions, the procedure catalogue and the indicators' yearly targets. Every row is upserted by its natural key,
/// so writing the same dimensions into a filled warehouse changes nothing and newer ones update it in place, keeping
/// the ids the facts point at. A step's codes are mapped to ids through <see cref="ReferenceCodes"/> read back on
/// the same transaction after the step it depends on.
/// </summary>
public sealed class ReferenceWriter(NpgsqlConnection connection, long batch)
{
    /// <summary>Whether the warehouse holds no dimensions yet (nothing has been loaded into it).</summary>
    public static async Task<bool> IsEmptyAsync(NpgsqlDataSource dataSource, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand("select not exists (select 1 from core.org_units)");
        return (bool)(await command.ExecuteScalarAsync(ct))!;
    }

    /// <summary>Writes every dimension and returns the codes and ids of all of them.</summary>
    public async Task<ReferenceCodes> WriteAsync(ReferenceDimensions dimensions, CancellationToken ct)
    {
        await OrgUnitWriter.WriteAsync(connection, dimensions, batch, ct);
        var codes = await ReferenceCodes.LoadAsync(connection, ct);

        var fields = dimensions.Fields;
        await ExecuteAsync("""
            insert into core.procedure_fields as f (code, name, owner_agency_id, source)
            select * from unnest(@code, @name, @owner, @source)
            on conflict (code) do update
            set name = excluded.name, owner_agency_id = excluded.owner_agency_id, source = excluded.source
            where (f.name, f.owner_agency_id, f.source) is distinct from (excluded.name, excluded.owner_agency_id, excluded.source)
            """, ct,
            SqlArrays.Of("code", fields.Select(f => f.Code)),
            SqlArrays.Of("name", fields.Select(f => f.Name)),
            SqlArrays.Of("owner", fields.Select(f => codes.Units[f.OwnerAgencyCode])),
            SqlArrays.Of("source", fields.Select(f => f.Source.ToText())));

        var areas = dimensions.ReformAreas;
        await ExecuteAsync("""
            insert into core.reform_areas as a (code, name, is_reform_area)
            select * from unnest(@code, @name, @is_reform_area)
            on conflict (code) do update
            set name = excluded.name, is_reform_area = excluded.is_reform_area
            where (a.name, a.is_reform_area) is distinct from (excluded.name, excluded.is_reform_area)
            """, ct,
            SqlArrays.Of("code", areas.Select(a => a.Code)),
            SqlArrays.Of("name", areas.Select(a => a.Name)),
            SqlArrays.Of("is_reform_area", areas.Select(a => a.IsReformArea)));

        var indicators = dimensions.Indicators;
        await ExecuteAsync("""
            insert into core.dx_indicators as i (code, name, unit, direction, owner_agency_id, origin, source)
            select * from unnest(@code, @name, @unit, @direction, @owner, @origin, @source)
            on conflict (code) do update
            set name = excluded.name, unit = excluded.unit, direction = excluded.direction, owner_agency_id = excluded.owner_agency_id,
                origin = excluded.origin, source = excluded.source
            where (i.name, i.unit, i.direction, i.owner_agency_id, i.origin, i.source)
                  is distinct from (excluded.name, excluded.unit, excluded.direction, excluded.owner_agency_id, excluded.origin, excluded.source)
            """, ct,
            SqlArrays.Of("code", indicators.Select(i => i.Code)),
            SqlArrays.Of("name", indicators.Select(i => i.Name)),
            SqlArrays.Of("unit", indicators.Select(i => i.Unit)),
            SqlArrays.Of("direction", indicators.Select(i => i.Direction)),
            SqlArrays.Of("owner", indicators.Select(i => codes.Units[i.OwnerAgencyCode])),
            SqlArrays.Of("origin", indicators.Select(i => i.Origin)),
            SqlArrays.Of("source", indicators.Select(i => i.Source.ToText())));
        codes = await ReferenceCodes.LoadAsync(connection, ct);

        var procedures = dimensions.Procedures;
        await ExecuteAsync("""
            insert into core.procedures as p (code, name, field_id, level, online_level, valid_from, valid_to, portal_integrated,
                                              full_online_eligible, source, load_batch_id)
            select *, @batch from unnest(@code, @name, @field, @level, @online_level, @valid_from, @valid_to, @portal, @eligible, @source)
            on conflict (code) do update
            set name = excluded.name, field_id = excluded.field_id, level = excluded.level, online_level = excluded.online_level,
                valid_from = excluded.valid_from, valid_to = excluded.valid_to, portal_integrated = excluded.portal_integrated,
                full_online_eligible = excluded.full_online_eligible, source = excluded.source, load_batch_id = excluded.load_batch_id
            where (p.name, p.field_id, p.level, p.online_level, p.valid_from, p.valid_to, p.portal_integrated, p.full_online_eligible, p.source)
                  is distinct from (excluded.name, excluded.field_id, excluded.level, excluded.online_level, excluded.valid_from,
                                    excluded.valid_to, excluded.portal_integrated, excluded.full_online_eligible, excluded.source)
            """, ct,
            SqlArrays.Of("code", procedures.Select(p => p.Code)),
            SqlArrays.Of("name", procedures.Select(p => p.Name)),
            SqlArrays.Of("field", procedures.Select(p => codes.Fields[p.FieldCode])),
            SqlArrays.Of("level", procedures.Select(p => (short)p.Level)),
            SqlArrays.Of("online_level", procedures.Select(p => p.OnlineLevel)),
            SqlArrays.Of("valid_from", procedures.Select(p => p.ValidFrom)),
            SqlArrays.OfNullable("valid_to", NpgsqlDbType.Date, procedures.Select(p => p.ValidTo)),
            SqlArrays.Of("portal", procedures.Select(p => p.PortalIntegrated)),
            SqlArrays.Of("eligible", procedures.Select(p => p.FullOnlineEligible)),
            SqlArrays.Of("source", procedures.Select(p => p.Source.ToText())),
            new NpgsqlParameter<long>("batch", batch));

        var targets = dimensions.IndicatorTargets;
        await ExecuteAsync("""
            insert into core.dx_indicator_targets as t (indicator_id, year, target)
            select * from unnest(@indicator, @year, @target)
            on conflict (indicator_id, year) do update
            set target = excluded.target
            where t.target is distinct from excluded.target
            """, ct,
            SqlArrays.Of("indicator", targets.Select(t => codes.Indicators[t.IndicatorCode])),
            SqlArrays.Of("year", targets.Select(t => t.Year)),
            SqlArrays.Of("target", targets.Select(t => t.Target)));
        return await ReferenceCodes.LoadAsync(connection, ct);
    }

    private async Task ExecuteAsync(string sql, CancellationToken ct, params NpgsqlParameter[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddRange(parameters);
        await command.ExecuteNonQueryAsync(ct);
    }
}
