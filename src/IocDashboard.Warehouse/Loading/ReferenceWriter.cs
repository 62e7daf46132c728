using IocDashboard.Domain.Dossiers;
using IocDashboard.SeedData.Reference;
using IocDashboard.Warehouse.Model;
using Npgsql;
using NpgsqlTypes;

namespace IocDashboard.Warehouse.Loading;

/// <summary>Writes the reference files of seed-data/ into the warehouse's dimension tables.</summary>
internal sealed class ReferenceWriter(NpgsqlConnection connection, long batch)
{
    /// <summary>Dimensions and facts: everything in the reference files.</summary>
    public async Task<ReferenceCodes> WriteAsync(ReferenceData reference, CancellationToken ct)
    {
        var codes = await WriteDimensionsAsync(reference, ct);
        await WriteFactsAsync(reference, codes, ct);
        return codes;
    }

    /// <summary>
    /// The dimensions the source systems refer to by code: org units, fields, the procedure catalogue, reform
    /// areas and indicator definitions with their targets. Facts (tasks, indicator values, petitions) come from
    /// the sources themselves when the connectors run.
    /// </summary>
    public async Task<ReferenceCodes> WriteDimensionsAsync(ReferenceData reference, CancellationToken ct)
    {
        var units = await WriteOrgUnitsAsync(reference.OrgUnits, ct);
        var fields = Narrow(await WriteAndMapAsync(
            "core.procedure_fields (code, name, owner_agency_id, source)", "core.procedure_fields", reference.Fields,
            (w, f) =>
            {
                w.Write(f.Code, NpgsqlDbType.Text);
                w.Write(f.Name, NpgsqlDbType.Text);
                w.Write(units[f.OwnerAgencyCode], NpgsqlDbType.Integer);
                w.Write(f.Source, NpgsqlDbType.Text);
            }, ct));
        await BinaryCopy.WriteAsync(connection,
            "core.procedures (code, name, field_id, level, online_level, valid_from, valid_to, portal_integrated, source, load_batch_id)",
            reference.Procedures,
            (w, p) =>
            {
                w.Write(p.Code, NpgsqlDbType.Text);
                w.Write(p.Name, NpgsqlDbType.Text);
                w.Write(fields[p.FieldCode], NpgsqlDbType.Smallint);
                w.Write((short)DossierCodes.ParseLevel(p.Level), NpgsqlDbType.Smallint);
                w.Write((short)p.OnlineLevel, NpgsqlDbType.Smallint);
                w.Write(p.ValidFrom, NpgsqlDbType.Date);
                w.WriteNullable(p.ValidTo, NpgsqlDbType.Date);
                w.Write(p.PortalIntegrated, NpgsqlDbType.Boolean);
                w.Write(p.Source, NpgsqlDbType.Text);
                w.Write(batch, NpgsqlDbType.Bigint);
            }, ct);
        await BinaryCopy.WriteAsync(connection, "core.reform_areas (code, name, is_reform_area)", reference.ReformAreas,
            (w, a) =>
            {
                w.Write(a.Code, NpgsqlDbType.Text);
                w.Write(a.Name, NpgsqlDbType.Text);
                w.Write(a.IsReformArea, NpgsqlDbType.Boolean);
            }, ct);
        var indicators = Narrow(await WriteAndMapAsync(
            "core.dx_indicators (code, name, unit, direction, owner_agency_id, origin, source)", "core.dx_indicators", reference.Indicators,
            (w, i) =>
            {
                w.Write(i.Code, NpgsqlDbType.Text);
                w.Write(i.Name, NpgsqlDbType.Text);
                w.Write(i.Unit, NpgsqlDbType.Text);
                w.Write(i.Direction, NpgsqlDbType.Text);
                w.Write(units[i.OwnerAgencyCode], NpgsqlDbType.Integer);
                w.Write(i.Origin, NpgsqlDbType.Text);
                w.Write(i.Source, NpgsqlDbType.Text);
            }, ct));
        await BinaryCopy.WriteAsync(connection, "core.dx_indicator_targets (indicator_id, year, target)", reference.IndicatorTargets,
            (w, t) =>
            {
                w.Write(indicators[t.IndicatorCode], NpgsqlDbType.Smallint);
                w.Write((short)t.Year, NpgsqlDbType.Smallint);
                w.Write(t.Target, NpgsqlDbType.Numeric);
            }, ct);
        return await ReferenceCodes.LoadAsync(connection, ct);
    }

    private async Task WriteFactsAsync(ReferenceData reference, ReferenceCodes ids, CancellationToken ct)
    {
        await WriteTasksAsync(reference, ids, ct);
        await BinaryCopy.WriteAsync(connection, "core.dx_indicator_values (indicator_id, period, value, load_batch_id)", reference.IndicatorValues,
            (w, v) =>
            {
                w.Write(ids.Indicators[v.IndicatorCode], NpgsqlDbType.Smallint);
                w.Write(v.Period, NpgsqlDbType.Date);
                w.Write(v.Value, NpgsqlDbType.Numeric);
                w.Write(batch, NpgsqlDbType.Bigint);
            }, ct);
        await BinaryCopy.WriteAsync(connection,
            "core.feedback_items (source_code, external_id, received_at, channel, unit_id, subject, forwarded_at, answered_at, answered_online, load_batch_id)",
            reference.Feedback,
            (w, f) =>
            {
                w.Write(SeedLoader.FeedbackSource, NpgsqlDbType.Text);
                w.Write(f.ExternalId, NpgsqlDbType.Text);
                w.Write(f.ReceivedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz);
                w.Write(f.Channel, NpgsqlDbType.Text);
                w.Write(ids.Units[f.UnitCode], NpgsqlDbType.Integer);
                w.Write(f.Subject, NpgsqlDbType.Text);
                w.WriteNullable(f.ForwardedAt?.ToUniversalTime(), NpgsqlDbType.TimestampTz);
                w.WriteNullable(f.AnsweredAt?.ToUniversalTime(), NpgsqlDbType.TimestampTz);
                w.WriteNullable(f.AnsweredOnline, NpgsqlDbType.Boolean);
                w.Write(batch, NpgsqlDbType.Bigint);
            }, ct);
    }

    private async Task<Dictionary<string, int>> WriteOrgUnitsAsync(IReadOnlyList<OrgUnitRow> rows, CancellationToken ct)
    {
        var units = await WriteAndMapAsync(
            "core.org_units (code, name, kind, valid_from, valid_to, stat_code, source, load_batch_id)", "core.org_units", rows,
            (w, u) =>
            {
                w.Write(u.Code, NpgsqlDbType.Text);
                w.Write(u.Name, NpgsqlDbType.Text);
                w.Write(u.Kind, NpgsqlDbType.Text);
                w.Write(u.ValidFrom, NpgsqlDbType.Date);
                w.WriteNullable(u.ValidTo, NpgsqlDbType.Date);
                w.WriteNullable(u.StatCode);
                w.Write(u.Source, NpgsqlDbType.Text);
                w.Write(batch, NpgsqlDbType.Bigint);
            }, ct);

        // Links point at other rows of the same file, so they are set once every row has its id.
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

        return units;
    }

    private async Task WriteTasksAsync(ReferenceData reference, ReferenceCodes ids, CancellationToken ct)
    {
        var tasks = await WriteAndMapAsync(
            "core.reform_tasks (code, title, area_id, lead_agency_id, start_date, deadline, source, load_batch_id)", "core.reform_tasks",
            reference.ReformTasks,
            (w, t) =>
            {
                w.Write(t.Code, NpgsqlDbType.Text);
                w.Write(t.Title, NpgsqlDbType.Text);
                w.Write(ids.ReformAreas[t.AreaCode], NpgsqlDbType.Smallint);
                w.Write(ids.Units[t.LeadAgencyCode], NpgsqlDbType.Integer);
                w.Write(t.StartDate, NpgsqlDbType.Date);
                w.Write(t.Deadline, NpgsqlDbType.Date);
                w.Write(t.Source, NpgsqlDbType.Text);
                w.Write(batch, NpgsqlDbType.Bigint);
            }, ct);
        await BinaryCopy.WriteAsync(connection, "core.reform_task_co_agencies (task_id, agency_id)",
            reference.ReformTasks.SelectMany(t => t.CoAgencyCodes.Distinct().Select(a => (Task: tasks[t.Code], Agency: ids.Units[a]))),
            (w, x) =>
            {
                w.Write(x.Task, NpgsqlDbType.Integer);
                w.Write(x.Agency, NpgsqlDbType.Integer);
            }, ct);
        var events = reference.ReformTasks.SelectMany(t => new[]
        {
            (Task: tasks[t.Code], Kind: ReformTaskEvent.CompletionReported, On: t.CompletionReportedOn),
            (Task: tasks[t.Code], Kind: ReformTaskEvent.CompletionConfirmed, On: t.CompletionConfirmedOn),
        }).Where(e => e.On is not null);
        await BinaryCopy.WriteAsync(connection, "core.reform_task_events (task_id, kind, occurred_on, load_batch_id)", events,
            (w, e) =>
            {
                w.Write(e.Task, NpgsqlDbType.Integer);
                w.Write(e.Kind, NpgsqlDbType.Text);
                w.Write(e.On!.Value, NpgsqlDbType.Date);
                w.Write(batch, NpgsqlDbType.Bigint);
            }, ct);
    }

    /// <summary>COPYs rows that carry a unique code, then reads back code → id.</summary>
    private async Task<Dictionary<string, int>> WriteAndMapAsync<TRow>(
        string tableAndColumns, string table, IEnumerable<TRow> rows, Action<NpgsqlBinaryImporter, TRow> write, CancellationToken ct)
    {
        await BinaryCopy.WriteAsync(connection, tableAndColumns, rows, write, ct);
        await using var command = new NpgsqlCommand($"select code, id::int from {table}", connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var ids = new Dictionary<string, int>(ReferenceCodes.Comparer);
        while (await reader.ReadAsync(ct))
        {
            ids[reader.GetString(0)] = reader.GetInt32(1);
        }

        return ids;
    }

    private static Dictionary<string, short> Narrow(Dictionary<string, int> ids) =>
        ids.ToDictionary(x => x.Key, x => checked((short)x.Value), ReferenceCodes.Comparer);
}
