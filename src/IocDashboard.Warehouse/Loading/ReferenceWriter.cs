using Npgsql;
using NpgsqlTypes;

namespace IocDashboard.Warehouse.Loading;

/// <summary>
/// Writes the dimensions the source systems refer to by code, into an empty warehouse, inside the caller's
/// transaction: org units with their links, fields, reform areas, indicator definitions, the procedure catalogue
/// and the indicators' yearly targets. A step's codes are mapped to ids through <see cref="ReferenceCodes"/> read
/// back on the same transaction after the step it depends on.
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
        await CopyAsync("core.org_units (code, name, kind, valid_from, valid_to, stat_code, source, load_batch_id)", dimensions.OrgUnits,
            (w, u) =>
            {
                w.WriteText(u.Code, u.Name, u.Kind);
                w.Write(u.ValidFrom, NpgsqlDbType.Date);
                w.WriteNullable(u.ValidTo, NpgsqlDbType.Date);
                w.WriteNullable(u.StatCode);
                w.Write(u.Source.ToText(), NpgsqlDbType.Text);
                w.Write(batch, NpgsqlDbType.Bigint);
            }, ct);
        var codes = await ReferenceCodes.LoadAsync(connection, ct);
        await LinkOrgUnitsAsync(dimensions.OrgUnits, codes.Units, ct);

        await CopyAsync("core.procedure_fields (code, name, owner_agency_id, source)", dimensions.Fields,
            (w, f) =>
            {
                w.WriteText(f.Code, f.Name);
                w.Write(codes.Units[f.OwnerAgencyCode], NpgsqlDbType.Integer);
                w.Write(f.Source.ToText(), NpgsqlDbType.Text);
            }, ct);
        await CopyAsync("core.reform_areas (code, name, is_reform_area)", dimensions.ReformAreas,
            (w, a) =>
            {
                w.WriteText(a.Code, a.Name);
                w.Write(a.IsReformArea, NpgsqlDbType.Boolean);
            }, ct);
        await CopyAsync("core.dx_indicators (code, name, unit, direction, owner_agency_id, origin, source)", dimensions.Indicators,
            (w, i) =>
            {
                w.WriteText(i.Code, i.Name, i.Unit, i.Direction);
                w.Write(codes.Units[i.OwnerAgencyCode], NpgsqlDbType.Integer);
                w.Write(i.Origin, NpgsqlDbType.Text);
                w.Write(i.Source.ToText(), NpgsqlDbType.Text);
            }, ct);
        codes = await ReferenceCodes.LoadAsync(connection, ct);

        await CopyAsync(
            "core.procedures (code, name, field_id, level, online_level, valid_from, valid_to, portal_integrated, source, load_batch_id)",
            dimensions.Procedures,
            (w, p) =>
            {
                w.WriteText(p.Code, p.Name);
                w.Write(codes.Fields[p.FieldCode], NpgsqlDbType.Smallint);
                w.Write((short)p.Level, NpgsqlDbType.Smallint);
                w.Write(p.OnlineLevel, NpgsqlDbType.Smallint);
                w.Write(p.ValidFrom, NpgsqlDbType.Date);
                w.WriteNullable(p.ValidTo, NpgsqlDbType.Date);
                w.Write(p.PortalIntegrated, NpgsqlDbType.Boolean);
                w.Write(p.Source.ToText(), NpgsqlDbType.Text);
                w.Write(batch, NpgsqlDbType.Bigint);
            }, ct);
        await CopyAsync("core.dx_indicator_targets (indicator_id, year, target)", dimensions.IndicatorTargets,
            (w, t) =>
            {
                w.Write(codes.Indicators[t.IndicatorCode], NpgsqlDbType.Smallint);
                w.Write(t.Year, NpgsqlDbType.Smallint);
                w.Write(t.Target, NpgsqlDbType.Numeric);
            }, ct);
        return await ReferenceCodes.LoadAsync(connection, ct);
    }

    /// <summary>Parents and successors are other rows of the same batch, so they are set once every row has its id.</summary>
    private async Task LinkOrgUnitsAsync(IReadOnlyList<OrgUnitRow> rows, IReadOnlyDictionary<string, int> units, CancellationToken ct)
    {
        await using var link = new NpgsqlCommand(
            "update core.org_units set parent_id = @parent, successor_id = @successor where id = @id", connection);
        var parent = link.Parameters.Add("parent", NpgsqlDbType.Integer);
        var successor = link.Parameters.Add("successor", NpgsqlDbType.Integer);
        var id = link.Parameters.Add("id", NpgsqlDbType.Integer);
        foreach (var u in rows.Where(u => u.ParentCode is not null || u.SuccessorCode is not null))
        {
            parent.Value = u.ParentCode is { } p ? units[p] : DBNull.Value;
            successor.Value = u.SuccessorCode is { } s ? units[s] : DBNull.Value;
            id.Value = units[u.Code];
            await link.ExecuteNonQueryAsync(ct);
        }
    }

    private Task<ulong> CopyAsync<TRow>(string tableAndColumns, IEnumerable<TRow> rows, Action<NpgsqlBinaryImporter, TRow> write, CancellationToken ct) =>
        BinaryCopy.WriteAsync(connection, tableAndColumns, rows, write, ct);
}
