using IocDashboard.Domain.Dossiers;
using IocDashboard.Domain.Periods;
using Npgsql;

namespace IocDashboard.Warehouse.Queries;

/// <summary>One row of a workload breakdown: a procedure field (Kind null) or a ranked unit, and its measures.</summary>
public sealed record WorkloadRow(string Code, string Name, string? Kind, WorkloadMeasures Measures);

/// <summary>
/// The workload measures of a period (<see cref="WorkloadRule"/>): the work of the period rather than the cohort
/// received in it. Nothing reads the history row by row:
/// received comes from the receipt rollups, resolved with its timing from the resolution rollups (whole months from
/// the monthly tables, the ragged edges from the daily ones), and carried over and pending from the dossiers open at
/// the period's start and at its end (core.dossiers_open_at: the last 45 days of receipts and the few long-open
/// dossiers). The two reads run side by side, each on its own pooled connection.
/// </summary>
public sealed class WorkloadQueries(NpgsqlDataSource dataSource)
{
    // The scope's units, each with the ranked unit it is listed under: a commune under its district when the
    // district is in the scope too; every other unit (agencies, districts, communes without a district in the
    // scope, the province, service centres) as itself.
    private const string ScopeKeys = DossierScope.UnitsCte + """
        , scope_keys as (
            select s.id as unit_id,
                   case when ou.kind = 'commune' and p.kind = 'district' and p.id in (select id from scope_units) then p.id else ou.id end as rank_id
            from scope_units s join core.org_units ou on ou.id = s.id left join core.org_units p on p.id = ou.parent_id
        )
        """;

    // Received (and online) from the receipt rollups, resolved by timing from the resolution rollups. {listed} adds
    // a zero row per unit a breakdown by unit lists even when it had nothing to handle.
    private const string RollupsSql = ScopeKeys + """
        , parts as (
            select {key} as key, x.received, case when x.channel = 2 then x.received else 0 end as online,
                   0 as before_deadline, 0 as on_deadline, 0 as late
            from core.dossier_monthly_rollups x join scope_keys s on s.unit_id = x.unit_id
            where x.month >= @months_from and x.month < @months_to and x.level = any(@levels)
            union all
            select {key}, x.received, case when x.channel = 2 then x.received else 0 end, 0, 0, 0
            from core.dossier_daily_rollups x join scope_keys s on s.unit_id = x.unit_id
            where ((x.day >= @from and x.day < @months_from) or (x.day >= @months_to and x.day <= @to)) and x.level = any(@levels)
            union all
            select {key}, 0, 0, x.before_deadline, x.on_deadline, x.late
            from core.dossier_resolution_monthly_rollups x join scope_keys s on s.unit_id = x.unit_id
            where x.month >= @months_from and x.month < @months_to and x.level = any(@levels)
            union all
            select {key}, 0, 0, x.before_deadline, x.on_deadline, x.late
            from core.dossier_resolution_daily_rollups x join scope_keys s on s.unit_id = x.unit_id
            where ((x.day >= @from and x.day < @months_from) or (x.day >= @months_to and x.day <= @to)) and x.level = any(@levels)
            {listed}
        )
        select key, sum(received)::bigint, sum(online)::bigint, sum(before_deadline)::bigint, sum(on_deadline)::bigint, sum(late)::bigint
        from parts group by key
        """;

    // The units a breakdown by unit lists: the ranked units valid at some time in the period, of the kinds that
    // receive dossiers. valid_to is exclusive.
    private const string ListedUnits = """
            union all
            select distinct s.rank_id, 0, 0, 0, 0, 0
            from scope_keys s join core.org_units k on k.id = s.rank_id
            where k.kind in ('agency', 'district', 'commune') and k.valid_from <= @to and (k.valid_to is null or k.valid_to > @from)
        """;

    // Open at the start (carried over) and open at the end (pending, by deadline). Both sets are "received before
    // the instant and not resolved before it", so what was to handle is exactly what was resolved or is pending.
    private const string OpenSql = ScopeKeys + """
        select key,
               count(*) filter (where at_end = 0),
               count(*) filter (where at_end = 1 and due_at >= @end),
               count(*) filter (where at_end = 1 and due_at < @end)
        from (
            select 0 as at_end, {key} as key, x.due_at
            from core.dossiers_open_at('-infinity', @start) x join scope_keys s on s.unit_id = x.unit_id
            where x.level = any(@levels)
            union all
            select 1, {key}, x.due_at
            from core.dossiers_open_at('-infinity', @end) x join scope_keys s on s.unit_id = x.unit_id
            where x.level = any(@levels)
        ) o
        group by key
        """;

    public async Task<WorkloadMeasures> TotalAsync(ReportingPeriod period, DossierScope scope, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync(period, scope, Grouping.None, cancellationToken);
        return rows.GetValueOrDefault(0) ?? WorkloadMeasures.Empty;
    }

    /// <summary>Per procedure field: the fields with something to handle in the period, most first.</summary>
    public async Task<IReadOnlyList<WorkloadRow>> ByFieldAsync(ReportingPeriod period, DossierScope scope, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync(period, scope, Grouping.Field, cancellationToken);
        var labels = await LabelsAsync("select id::int, code, name, null from core.procedure_fields where id = any(@ids)", rows.Keys, cancellationToken);
        return rows
            .Where(r => r.Value.ToHandle > 0)
            .Select(r => new WorkloadRow(labels[r.Key].Code, labels[r.Key].Name, null, r.Value))
            .OrderByDescending(r => r.Measures.ToHandle)
            .ThenBy(r => r.Code, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Per ranked unit of the scope (a commune under its district when the district is in the scope, every other
    /// unit as itself): every agency, district and commune valid at some time in the period, with zeros when it had
    /// nothing to handle, and any other unit that had something. Agencies first, then districts, then communes, then
    /// the rest, each by code; the rows sum to the total.
    /// </summary>
    public async Task<IReadOnlyList<WorkloadRow>> ByUnitAsync(ReportingPeriod period, DossierScope scope, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync(period, scope, Grouping.Unit, cancellationToken);
        var labels = await LabelsAsync("select id, code, name, kind from core.org_units where id = any(@ids)", rows.Keys, cancellationToken);
        string[] kindOrder = ["agency", "district", "commune"];
        return rows
            .Select(r => new WorkloadRow(labels[r.Key].Code, labels[r.Key].Name, labels[r.Key].Kind, r.Value))
            .OrderBy(r => Array.IndexOf(kindOrder, r.Kind) is var i and >= 0 ? i : kindOrder.Length)
            .ThenBy(r => r.Code, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>How rows are keyed ("0" for one total row), and whether the listed units take part.</summary>
    private sealed record Grouping(string Key, string Listed)
    {
        public static readonly Grouping None = new("0", "");
        public static readonly Grouping Field = new("x.field_id", "");
        public static readonly Grouping Unit = new("s.rank_id", ListedUnits);
    }

    private async Task<Dictionary<int, WorkloadMeasures>> QueryAsync(
        ReportingPeriod period, DossierScope scope, Grouping grouping, CancellationToken cancellationToken)
    {
        var rollupsTask = ReadAsync(RollupsSql, period, scope, grouping, 5, cancellationToken);
        var openTask = ReadAsync(OpenSql, period, scope, grouping, 3, cancellationToken);
        var open = await openTask;
        var rollups = await rollupsTask;
        var rows = new Dictionary<int, WorkloadMeasures>();
        foreach (var key in rollups.Keys.Union(open.Keys))
        {
            // [received, online, before, on, late] and [carried over, within deadline, overdue].
            var r = rollups.GetValueOrDefault(key) ?? new long[5];
            var o = open.GetValueOrDefault(key) ?? new long[3];
            rows[key] = new WorkloadMeasures(
                ReceivedOnline: r[1],
                ReceivedDirectOrPostal: r[0] - r[1],
                CarriedOver: o[0],
                BeforeDeadline: r[2],
                OnDeadline: r[3],
                Late: r[4],
                WithinDeadline: o[1],
                Overdue: o[2]);
        }

        return rows;
    }

    private async Task<Dictionary<int, long[]>> ReadAsync(
        string sql, ReportingPeriod period, DossierScope scope, Grouping grouping, int counts, CancellationToken cancellationToken)
    {
        var (monthsFrom, monthsTo) = DossierQueries.WholeMonths(period);
        await using var command = dataSource.CreateCommand(sql
            .Replace("{key}", grouping.Key, StringComparison.Ordinal)
            .Replace("{listed}", grouping.Listed, StringComparison.Ordinal));
        scope.AddParameters(command.Parameters);
        command.Parameters.AddWithValue("from", period.From);
        command.Parameters.AddWithValue("to", period.To);
        command.Parameters.AddWithValue("months_from", monthsFrom);
        command.Parameters.AddWithValue("months_to", monthsTo);
        command.Parameters.AddWithValue("start", period.Start.ToUniversalTime());
        command.Parameters.AddWithValue("end", period.End.ToUniversalTime());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new Dictionary<int, long[]>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var values = new long[counts];
            for (var i = 0; i < counts; i++)
            {
                values[i] = reader.GetInt64(1 + i);
            }

            rows[Convert.ToInt32(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)] = values;
        }

        return rows;
    }

    private async Task<Dictionary<int, (string Code, string Name, string? Kind)>> LabelsAsync(
        string sql, IEnumerable<int> ids, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.AddWithValue("ids", ids.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var labels = new Dictionary<int, (string, string, string?)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            labels[reader.GetInt32(0)] = (reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3));
        }

        return labels;
    }
}
