using IocDashboard.Domain.Dossiers;
using IocDashboard.Domain.Periods;
using Npgsql;

namespace IocDashboard.Warehouse.Queries;

/// <summary>Measures of the dossiers received in a period (DOMAIN.md §3), computed from the rollups.</summary>
/// <remarks>
/// The rollups hold each day's cohort with its current outcome. The outcome at the end of a period differs only
/// for the cohort's dossiers still open at that instant (received before it, resolved after it or not yet),
/// which core.dossiers_open_at finds from the last weeks of receipts and the few long-open dossiers; they are
/// taken back out of the resolved counts and counted as pending. Whole months are read from the monthly rollup, the ragged edges from the daily one.
/// </remarks>
public sealed record DayCounters(DateOnly Day, long Received, long Resolved, long PendingOverdue);

public sealed class DossierQueries(NpgsqlDataSource dataSource)
{
    private const string ScopeUnits = DossierScope.UnitsCte;

    // Each day's cohort with its current outcome, from whole months and the ragged edges.
    private const string CohortSql = ScopeUnits + """
        , cohort as (
            select {monthKey} as month, {key} as key, x.channel, x.received, x.resolved_on_time, x.resolved_late, x.resolved_full_online
            from core.dossier_monthly_rollups x {join}
            where x.month >= @months_from and x.month < @months_to
              and x.unit_id in (select id from scope_units) and x.level = any(@levels)
            union all
            select {dayKey}, {key}, x.channel, x.received, x.resolved_on_time, x.resolved_late, x.resolved_full_online
            from core.dossier_daily_rollups x {join}
            where ((x.day >= @from and x.day < @months_from) or (x.day >= @months_to and x.day <= @to))
              and x.unit_id in (select id from scope_units) and x.level = any(@levels)
        )
        select month, key,
               sum(received)::bigint,
               coalesce(sum(resolved_on_time), 0)::bigint,
               coalesce(sum(resolved_late), 0)::bigint,
               coalesce(sum(received) filter (where channel = 0), 0)::bigint,
               coalesce(sum(received) filter (where channel = 1), 0)::bigint,
               coalesce(sum(received) filter (where channel = 2), 0)::bigint,
               coalesce(sum(resolved_full_online), 0)::bigint
        from cohort group by month, key
        """;

    // The cohort's dossiers still open at the period's end: resolved only later, or not yet.
    private const string OpenAtEndSql = ScopeUnits + """
        select {openKey} as month, {key} as key,
               count(*) filter (where x.resolved_at <= x.due_at),
               count(*) filter (where x.resolved_at > x.due_at),
               count(*) filter (where x.due_at >= @end),
               count(*) filter (where x.due_at < @end),
               count(*) filter (where x.resolved_at is not null and x.channel = 2 and x.online_level = 4)
        from core.dossiers_open_at(@start, @end) x {join}
        where x.unit_id in (select id from scope_units) and x.level = any(@levels)
        group by 1, 2
        """;

    public async Task<DossierMeasures> SummaryAsync(ReportingPeriod period, DossierScope scope, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync(period, scope, Grouping.None, cancellationToken);
        return rows.Count == 0 ? DossierMeasures.Empty : rows[0].Measures;
    }

    /// <summary>The same measures per procedure field (only fields with dossiers in the period).</summary>
    public async Task<IReadOnlyList<(short FieldId, DossierMeasures Measures)>> ByFieldAsync(
        ReportingPeriod period, DossierScope scope, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync(period, scope, Grouping.Field, cancellationToken);
        return rows.Select(r => ((short)r.Key, r.Measures)).ToList();
    }

    /// <summary>
    /// The measures per month of receipt and per ranked unit (a district-level unit with its communes, a commune or ward of today, an agency,
    /// any other unit by itself), each as it stands at the period's end: what the wall's trend, rankings and
    /// headline are summed from, in one pass over the rollups. Units without dossiers in a month are absent.
    /// </summary>
    public async Task<IReadOnlyList<(DateOnly Month, int UnitId, DossierMeasures Measures)>> ByMonthAndRankedUnitAsync(
        ReportingPeriod period, DossierScope scope, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync(period, scope, Grouping.MonthAndRankedUnit, cancellationToken);
        return rows.Select(r => (new DateOnly(r.Month / 100, r.Month % 100, 1), r.Key, r.Measures)).OrderBy(r => r.Item1).ThenBy(r => r.Key).ToList();
    }

    /// <summary>
    /// One day across the province, as the wall's "today" counters show it: dossiers received that day, dossiers
    /// resolved that day (whenever received), both from the day's workload rollups, and dossiers overdue and still
    /// open at the day's end.
    /// </summary>
    public async Task<DayCounters> DayAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var period = new ReportingPeriod(day, day);
        await using var command = dataSource.CreateCommand("""
            select coalesce(sum(received), 0)::bigint, coalesce(sum(before_deadline + on_deadline + late), 0)::bigint,
                   (select count(*) from core.dossiers_open_at('-infinity', @end) where due_at < @end)
            from core.dossier_workload_daily_rollups where day = @day
            """);
        command.Parameters.AddWithValue("day", day);
        command.Parameters.AddWithValue("end", period.End.ToUniversalTime());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new DayCounters(day, reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    }

    /// <summary>
    /// How rows are keyed: by month of receipt (one expression per source: monthly rollup, daily rollup, open
    /// dossiers; "0" for none) and by a column every source has (field or ranked unit; "0" for none), with a join.
    /// </summary>
    private sealed record Grouping(string MonthKey, string DayKey, string OpenKey, string Key, string Join)
    {
        private const string NoMonth = "0";

        // A commune counts under its district while there was one (before the 2025 reorganisation); the communes
        // and wards since, districts, agencies and the rest under themselves.
        private const string RankedUnitKey = "case when ou.kind = 'commune' and p.kind = 'district' then p.id else ou.id end";
        private const string RankedUnitJoin = "join core.org_units ou on ou.id = x.unit_id left join core.org_units p on p.id = ou.parent_id";

        // date_part (double precision) rather than extract (numeric): several times cheaper per row.
        private const string MonthOfMonth = "(date_part('year', x.month) * 100 + date_part('month', x.month))::int";
        private const string MonthOfDay = "(date_part('year', x.day) * 100 + date_part('month', x.day))::int";
        private const string MonthOfReceipt =
            "(date_part('year', x.received_at at time zone 'Asia/Ho_Chi_Minh') * 100 + date_part('month', x.received_at at time zone 'Asia/Ho_Chi_Minh'))::int";

        public static readonly Grouping None = new(NoMonth, NoMonth, NoMonth, "0", "");
        public static readonly Grouping Field = new(NoMonth, NoMonth, NoMonth, "x.field_id", "");
        public static readonly Grouping MonthAndRankedUnit = new(MonthOfMonth, MonthOfDay, MonthOfReceipt, RankedUnitKey, RankedUnitJoin);
    }

    /// <summary>
    /// The cohort and the dossiers open at the end are independent reads, each on its own pooled connection side
    /// by side; the open ones are then taken back out of the resolved counts and counted as pending.
    /// </summary>
    private async Task<List<(int Month, int Key, DossierMeasures Measures)>> QueryAsync(
        ReportingPeriod period, DossierScope scope, Grouping grouping, CancellationToken cancellationToken)
    {
        var cohortTask = ReadAsync(CohortSql, period, scope, grouping, 7, cancellationToken);
        var openTask = ReadAsync(OpenAtEndSql, period, scope, grouping, 5, cancellationToken);
        var open = (await openTask).ToDictionary(r => (r.Month, r.Key), r => r.Counts);
        var rows = new List<(int, int, DossierMeasures)>();
        foreach (var (month, key, c) in await cohortTask)
        {
            // [received, on time, late, direct, postal, online, full online] less [on time later, late later,
            // pending within, pending overdue, full online later] of the same cohort.
            var o = open.GetValueOrDefault((month, key)) ?? new long[5];
            rows.Add((month, key, new DossierMeasures(
                Received: c[0],
                ResolvedOnTime: c[1] - o[0],
                ResolvedLate: c[2] - o[1],
                PendingWithinDeadline: o[2],
                PendingOverdue: o[3],
                ReceivedDirect: c[3],
                ReceivedPostal: c[4],
                ReceivedOnline: c[5],
                ResolvedFullProcessOnline: c[6] - o[4])));
        }

        return rows;
    }

    private async Task<List<(int Month, int Key, long[] Counts)>> ReadAsync(
        string sql, ReportingPeriod period, DossierScope scope, Grouping grouping, int counts, CancellationToken cancellationToken)
    {
        var (monthsFrom, monthsTo) = WholeMonths(period);
        await using var command = dataSource.CreateCommand(sql
            .Replace("{monthKey}", grouping.MonthKey, StringComparison.Ordinal)
            .Replace("{dayKey}", grouping.DayKey, StringComparison.Ordinal)
            .Replace("{openKey}", grouping.OpenKey, StringComparison.Ordinal)
            .Replace("{key}", grouping.Key, StringComparison.Ordinal)
            .Replace("{join}", grouping.Join, StringComparison.Ordinal));
        scope.AddParameters(command.Parameters);
        command.Parameters.AddWithValue("from", period.From);
        command.Parameters.AddWithValue("to", period.To);
        command.Parameters.AddWithValue("months_from", monthsFrom);
        command.Parameters.AddWithValue("months_to", monthsTo);
        command.Parameters.AddWithValue("start", period.Start.ToUniversalTime());
        command.Parameters.AddWithValue("end", period.End.ToUniversalTime());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<(int, int, long[])>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var values = new long[counts];
            for (var i = 0; i < counts; i++)
            {
                values[i] = reader.GetInt64(2 + i);
            }

            rows.Add((reader.GetInt32(0), Convert.ToInt32(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture), values));
        }

        return rows;
    }

    /// <summary>
    /// The whole calendar months inside the period as [from, to) month starts; when there are none, an empty
    /// range at the period's start so that the daily rollup covers everything.
    /// </summary>
    internal static (DateOnly From, DateOnly To) WholeMonths(ReportingPeriod period)
    {
        var from = period.From.Day == 1 ? period.From : new DateOnly(period.From.Year, period.From.Month, 1).AddMonths(1);
        var afterTo = period.To.AddDays(1);
        var to = new DateOnly(afterTo.Year, afterTo.Month, 1);
        return from < to ? (from, to) : (period.From, period.From);
    }
}
