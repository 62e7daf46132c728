using IocDashboard.Domain.Dossiers;
using IocDashboard.Domain.Periods;
using Npgsql;

namespace IocDashboard.Warehouse.Queries;

/// <summary>One row of a workload breakdown: a procedure field (Kind null) or a ranked unit, and its measures.</summary>
public sealed record WorkloadRow(string Code, string Name, string? Kind, WorkloadMeasures Measures);

/// <summary>One row of a breakdown of the flows by unit (<see cref="WorkloadFlows"/>).</summary>
public sealed record WorkloadFlowRow(string Code, string Name, string? Kind, WorkloadFlows Flows);

/// <summary>
/// The workload measures of a period (<see cref="WorkloadRule"/>): the work of the period rather than the cohort
/// received in it. Nothing reads the history row by row:
/// received and resolved with its timing come from the workload rollups (whole months from the monthly table, the
/// ragged edges from the weekly and daily ones), and carried over and pending from the dossiers open at
/// the period's start and at its end (core.dossiers_open_at: the last 45 days of receipts and the few long-open
/// dossiers).
/// </summary>
public sealed class WorkloadQueries(NpgsqlDataSource dataSource)
{
    // The scope's units, each with the ranked unit it is listed under: a commune under its district when the
    // district is in the scope too and is not the unit asked for (a district's own breakdown lists its communes);
    // every other unit (agencies, districts, communes without a district in the scope, the province, service
    // centres) as itself.
    private const string ScopeKeys = DossierScope.UnitsCte + """
        , scope_keys as (
            select s.id as unit_id,
                   case when ou.kind = 'commune' and p.kind = 'district' and p.id <> @unit and p.id in (select id from scope_units) then p.id else ou.id end as rank_id
            from scope_units s join core.org_units ou on ou.id = s.id left join core.org_units p on p.id = ou.parent_id
        )
        """;

    // Received (and online) and resolved by timing from the workload rollups: whole months from the monthly table, the
    // ragged edges' whole weeks from the weekly one and their other days from the daily one (see RaggedEdges). Each part
    // is summed by its inner key ({inner}: the field, the unit, or nothing) before the parts meet, so that only a few
    // hundred rows are mapped to ranked units ({outer}, {join}) and summed again. {listed} adds a zero row per unit that
    // a breakdown by unit lists even when it had nothing to handle.
    private const string RollupsSql = ScopeKeys + """
        , parts as (
            select {inner} as key, sum(x.received) as received, sum(x.received_online) as online,
                   sum(x.before_deadline) as before_deadline, sum(x.on_deadline) as on_deadline, sum(x.late) as late
            from core.dossier_workload_monthly_rollups x
            where x.month >= @months_from and x.month < @months_to
              and x.unit_id in (select id from scope_units) and x.level = any(@levels)
            group by 1
            union all
            select {inner}, sum(x.received), sum(x.received_online), sum(x.before_deadline), sum(x.on_deadline), sum(x.late)
            from core.dossier_workload_weekly_rollups x
            where x.week = any(@weeks) and x.unit_id in (select id from scope_units) and x.level = any(@levels)
            group by 1
            union all
            select {inner}, sum(x.received), sum(x.received_online), sum(x.before_deadline), sum(x.on_deadline), sum(x.late)
            from core.dossier_workload_daily_rollups x
            where x.day = any(@days) and x.unit_id in (select id from scope_units) and x.level = any(@levels)
            group by 1
            {listed}
        )
        select {outer}, sum(x.received)::bigint, coalesce(sum(x.online), 0)::bigint,
               sum(x.before_deadline)::bigint, sum(x.on_deadline)::bigint, sum(x.late)::bigint
        from parts x {join}
        group by 1
        """;

    // The units a breakdown by unit lists: the ranked units valid at some time in the period, of the kinds that
    // receive dossiers. valid_to is exclusive.
    private const string ListedUnits = """
            union all
            select distinct s.rank_id, 0, 0, 0, 0, 0
            from scope_keys s join core.org_units k on k.id = s.rank_id
            where k.kind in ('agency', 'district', 'commune') and k.valid_from <= @to and (k.valid_to is null or k.valid_to > @from)
        """;

    // The dossiers open at an instant (@at: the period's start, or its end), and those of them still within their
    // deadline then. At the start they are the carried over; at the end the pending. Both are "received before the
    // instant and not resolved before it", so what was to handle is exactly what was resolved or is pending.
    private const string OpenSql = ScopeKeys + """
        , open_at as (
            select {inner} as key, count(*) as open, count(*) filter (where x.due_at >= @at) as within_deadline
            from core.dossiers_open_at('-infinity', @at) x
            where x.unit_id in (select id from scope_units) and x.level = any(@levels)
            group by 1
        )
        select {outer}, sum(x.open)::bigint, sum(x.within_deadline)::bigint
        from open_at x {join}
        group by 1
        """;

    public async Task<WorkloadMeasures> TotalAsync(ReportingPeriod period, DossierScope scope, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync(period, scope, Grouping.None, withOpen: true, cancellationToken);
        return rows.GetValueOrDefault(0) ?? WorkloadMeasures.Empty;
    }

    /// <summary>The flows only (received, resolved by timing): the rollups alone, without the dossiers open at the edges.</summary>
    public async Task<WorkloadFlows> FlowsAsync(ReportingPeriod period, DossierScope scope, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync(period, scope, Grouping.None, withOpen: false, cancellationToken);
        return rows.GetValueOrDefault(0)?.Flows ?? WorkloadFlows.Empty;
    }

    /// <summary>Per procedure field: the fields with something to handle in the period, most first.</summary>
    public async Task<IReadOnlyList<WorkloadRow>> ByFieldAsync(ReportingPeriod period, DossierScope scope, CancellationToken cancellationToken)
    {
        // The labels (a few dozen fields) on a connection of their own, side by side with the reads.
        var labelsTask = LabelsAsync("select id::int, code, name, null from core.procedure_fields", cancellationToken);
        var rowsTask = QueryAsync(period, scope, Grouping.Field, withOpen: true, cancellationToken);
        await Task.WhenAll(labelsTask, rowsTask);
        var (rows, labels) = (await rowsTask, await labelsTask);
        return rows
            .Where(r => r.Value.ToHandle > 0)
            .Select(r => new WorkloadRow(labels[r.Key].Code, labels[r.Key].Name, null, r.Value))
            .OrderByDescending(r => r.Measures.ToHandle)
            .ThenBy(r => r.Code, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Per ranked unit of the scope (a commune under its district when the district is in the scope and is not the
    /// unit asked for, every other unit as itself): every agency, district and commune valid at some time in the period, with zeros when it had
    /// nothing to handle, and any other unit that had something. Agencies first, then districts, then communes, then
    /// the rest, each by code; the rows sum to the total.
    /// </summary>
    public Task<IReadOnlyList<WorkloadRow>> ByUnitAsync(ReportingPeriod period, DossierScope scope, CancellationToken cancellationToken) =>
        UnitRowsAsync(period, scope, withOpen: true, cancellationToken);

    /// <summary>The flows only, per ranked unit as <see cref="ByUnitAsync"/> lists them: the rollups alone.</summary>
    public async Task<IReadOnlyList<WorkloadFlowRow>> FlowsByUnitAsync(ReportingPeriod period, DossierScope scope, CancellationToken cancellationToken) =>
        (await UnitRowsAsync(period, scope, withOpen: false, cancellationToken)).Select(r => new WorkloadFlowRow(r.Code, r.Name, r.Kind, r.Measures.Flows)).ToList();

    private async Task<IReadOnlyList<WorkloadRow>> UnitRowsAsync(ReportingPeriod period, DossierScope scope, bool withOpen, CancellationToken cancellationToken)
    {
        // The labels (a few hundred units) on a connection of their own, side by side with the reads.
        var labelsTask = LabelsAsync("select id, code, name, kind from core.org_units", cancellationToken);
        var rowsTask = QueryAsync(period, scope, Grouping.Unit, withOpen, cancellationToken);
        await Task.WhenAll(labelsTask, rowsTask);
        var (rows, labels) = (await rowsTask, await labelsTask);
        string[] kindOrder = ["agency", "district", "commune"];
        return rows
            .Select(r => new WorkloadRow(labels[r.Key].Code, labels[r.Key].Name, labels[r.Key].Kind, r.Value))
            .OrderBy(r => Array.IndexOf(kindOrder, r.Kind) is var i and >= 0 ? i : kindOrder.Length)
            .ThenBy(r => r.Code, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// How rows are keyed: the key each part is summed by first (a column of the rollups and of the open dossiers, or
    /// "0" for one total row), then the key the rows come out with, through a join when the two differ; and whether
    /// the listed units take part.
    /// </summary>
    private sealed record Grouping(string Inner, string Outer, string Join, string Listed)
    {
        public static readonly Grouping None = new("0", "x.key", "", "");
        public static readonly Grouping Field = new("x.field_id", "x.key", "", "");
        public static readonly Grouping Unit = new("x.unit_id", "s.rank_id", "join scope_keys s on s.unit_id = x.key", ListedUnits);
    }

    /// <summary>
    /// The rollups, the dossiers open at the start and those open at the end: three independent reads, side by side,
    /// each on its own pooled connection. Without <paramref name="withOpen"/> the rollups alone, and carried over and
    /// pending stay zero: only the flows of such measures are handed out.
    /// </summary>
    private async Task<Dictionary<int, WorkloadMeasures>> QueryAsync(
        ReportingPeriod period, DossierScope scope, Grouping grouping, bool withOpen, CancellationToken cancellationToken)
    {
        var none = Task.FromResult(new Dictionary<int, long[]>());
        var rollupsTask = ReadAsync(RollupsSql, period, scope, grouping, period.Start, 5, cancellationToken);
        var startTask = withOpen ? ReadAsync(OpenSql, period, scope, grouping, period.Start, 2, cancellationToken) : none;
        var endTask = withOpen ? ReadAsync(OpenSql, period, scope, grouping, period.End, 2, cancellationToken) : none;
        var (rollups, atStart, atEnd) = (await rollupsTask, await startTask, await endTask);
        var rows = new Dictionary<int, WorkloadMeasures>();
        foreach (var key in rollups.Keys.Union(atStart.Keys).Union(atEnd.Keys))
        {
            // [received, online, before, on, late]; [open, within deadline] at the start and at the end.
            var r = rollups.GetValueOrDefault(key) ?? new long[5];
            var start = atStart.GetValueOrDefault(key) ?? new long[2];
            var end = atEnd.GetValueOrDefault(key) ?? new long[2];
            rows[key] = new WorkloadMeasures(
                ReceivedOnline: r[1],
                ReceivedDirectOrPostal: r[0] - r[1],
                CarriedOver: start[0],
                BeforeDeadline: r[2],
                OnDeadline: r[3],
                Late: r[4],
                WithinDeadline: end[1],
                Overdue: end[0] - end[1]);
        }

        return rows;
    }

    private async Task<Dictionary<int, long[]>> ReadAsync(
        string sql, ReportingPeriod period, DossierScope scope, Grouping grouping, DateTimeOffset at, int counts, CancellationToken cancellationToken)
    {
        var (monthsFrom, monthsTo) = DossierQueries.WholeMonths(period);
        var (weeks, days) = RaggedEdges(period, monthsFrom, monthsTo);
        await using var command = dataSource.CreateCommand(sql
            .Replace("{inner}", grouping.Inner, StringComparison.Ordinal)
            .Replace("{outer}", grouping.Outer, StringComparison.Ordinal)
            .Replace("{join}", grouping.Join, StringComparison.Ordinal)
            .Replace("{listed}", grouping.Listed, StringComparison.Ordinal));
        scope.AddParameters(command.Parameters);
        command.Parameters.AddWithValue("from", period.From);
        command.Parameters.AddWithValue("to", period.To);
        command.Parameters.AddWithValue("months_from", monthsFrom);
        command.Parameters.AddWithValue("months_to", monthsTo);
        command.Parameters.AddWithValue("weeks", weeks);
        command.Parameters.AddWithValue("days", days);
        command.Parameters.AddWithValue("at", at.ToUniversalTime());
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

    /// <summary>
    /// The days of the period outside its whole months [<paramref name="monthsFrom"/>, <paramref name="monthsTo"/>) (all
    /// of it when there are none), as the weekly rollups' seven-day parts of a month (days 1-7, 8-14, 15-21, 22-28, 29
    /// to the end; core.month_week) that lie wholly inside the period, and the days left over: each edge reads at most
    /// six single days.
    /// </summary>
    internal static (DateOnly[] Weeks, DateOnly[] Days) RaggedEdges(ReportingPeriod period, DateOnly monthsFrom, DateOnly monthsTo)
    {
        var weeks = new List<DateOnly>();
        var days = new List<DateOnly>();
        void Split(DateOnly first, DateOnly last)
        {
            for (var day = first; day <= last;)
            {
                var week = day.AddDays(-((day.Day - 1) % 7));
                var monthEnd = new DateOnly(week.Year, week.Month, DateTime.DaysInMonth(week.Year, week.Month));
                var weekEnd = week.AddDays(6) < monthEnd ? week.AddDays(6) : monthEnd;
                if (day == week && weekEnd <= last)
                {
                    weeks.Add(week);
                    day = weekEnd.AddDays(1);
                }
                else
                {
                    days.Add(day);
                    day = day.AddDays(1);
                }
            }
        }

        // As WholeMonths gives them: with no whole month, [From, From) and everything from From on.
        if (period.From < monthsFrom)
        {
            Split(period.From, monthsFrom.AddDays(-1));
        }

        if (monthsTo <= period.To)
        {
            Split(monthsTo, period.To);
        }

        return ([.. weeks], [.. days]);
    }

    private async Task<Dictionary<int, (string Code, string Name, string? Kind)>> LabelsAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var labels = new Dictionary<int, (string, string, string?)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            labels[reader.GetInt32(0)] = (reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3));
        }

        return labels;
    }
}
