namespace IocDashboard.Warehouse.Loading;

/// <summary>
/// The statements that move a staged page of dossiers into core.dossiers and its rollups. Both forms end in the
/// same rollup step over a set of signed changes (+1 a row's new state, −1 its previous one), so the rollups
/// are moved by exactly what the page changed whichever form ran.
/// </summary>
internal static class DossierMergeSql
{
    public const string CreateStage = """
        create temp table if not exists stage_dossiers (
            external_id text collate "C", unit_id int, procedure_id int, field_id smallint, level smallint,
            channel smallint, online_level smallint, received_at timestamptz, due_at timestamptz,
            resolved_at timestamptz, status smallint) on commit delete rows
        """;

    /// <summary>
    /// The general merge: insert new, update changed, leave identical rows untouched. New rows take a plain
    /// INSERT (no speculative insertion): a source is synced by one run at a time, and the key still refuses a
    /// duplicate outright, which fails the page and is retried.
    /// </summary>
    public const string Merge = """
        -- The stored dossiers the page touches, with the incoming row beside them: the update and the rollup
        -- deltas read both from here, without joining the stage again.
        with previous as materialized (
            select s.external_id, d.unit_id, d.procedure_id, d.field_id, d.channel, d.level, d.online_level,
                   d.received_at, d.due_at, d.resolved_at, d.status, s as incoming
            from stage_dossiers s join core.dossiers d on d.source_id = @source and d.external_id = s.external_id
        ),

        """ + InsertFromStage + """
            where not exists (select 1 from previous p where p.external_id = s.external_id)
            returning unit_id, field_id, channel, level, online_level, received_at, due_at, resolved_at
        ),
        updated as (
            update core.dossiers d
            set unit_id = (p.incoming).unit_id, procedure_id = (p.incoming).procedure_id, field_id = (p.incoming).field_id,
                level = (p.incoming).level, channel = (p.incoming).channel, online_level = (p.incoming).online_level,
                received_at = (p.incoming).received_at, due_at = (p.incoming).due_at, resolved_at = (p.incoming).resolved_at,
                status = (p.incoming).status, load_batch_id = @batch
            from previous p
            where d.source_id = @source and d.external_id = p.external_id
              and (p.unit_id, p.procedure_id, p.field_id, p.level, p.channel, p.online_level, p.received_at, p.due_at, p.resolved_at, p.status)
                  is distinct from
                  ((p.incoming).unit_id, (p.incoming).procedure_id, (p.incoming).field_id, (p.incoming).level, (p.incoming).channel,
                   (p.incoming).online_level, (p.incoming).received_at, (p.incoming).due_at, (p.incoming).resolved_at, (p.incoming).status)
            returning d.external_id, d.unit_id, d.field_id, d.channel, d.level, d.online_level, d.received_at, d.due_at, d.resolved_at
        ),
        changes as (
            select 1 as sign, received_at, unit_id, field_id, channel, level, online_level, due_at, resolved_at from inserted
            union all
            select 1, received_at, unit_id, field_id, channel, level, online_level, due_at, resolved_at from updated
            union all
            select -1, p.received_at, p.unit_id, p.field_id, p.channel, p.level, p.online_level, p.due_at, p.resolved_at
            from previous p join updated u on u.external_id = p.external_id
        ),

        """ + MoveRollups + """
        select (select count(*) from inserted),
               (select count(*) from updated),

        """ + Touched;

    /// <summary>
    /// For a page of dossiers the warehouse does not hold yet (an initial sync, the history of a new source): the
    /// rows are inserted without first looking each one up in the key. Should one exist after all, the key
    /// refuses the statement (unique violation on dossiers_pkey) and the caller runs <see cref="Merge"/> instead.
    /// </summary>
    public const string InsertNew = """
        with

        """ + InsertFromStage + """
            returning unit_id, field_id, channel, level, online_level, received_at, due_at, resolved_at
        ),
        changes as (
            select 1 as sign, received_at, unit_id, field_id, channel, level, online_level, due_at, resolved_at from inserted
        ),

        """ + MoveRollups + """
        select (select count(*) from inserted),
               0::bigint,

        """ + Touched;

    /// <summary>The constraint that refuses <see cref="InsertNew"/> when a dossier of the page is already stored.</summary>
    public const string KeyConstraint = "dossiers_pkey";

    private const string InsertFromStage = """
        inserted as (
            insert into core.dossiers (source_id, external_id, unit_id, procedure_id, field_id, level, channel,
                                       online_level, received_at, due_at, resolved_at, status, load_batch_id)
            select @source, external_id, unit_id, procedure_id, field_id, level, channel,
                   online_level, received_at, due_at, resolved_at, status, @batch
            from stage_dossiers s

        """;

    // What the changes do to each rollup cell, the same cells core.refresh_dossier_rollups computes from the rows:
    // the receipt rollups (a cohort by local day of receipt with its current outcome) and the workload rollups (per
    // local day, the receipts of the receipt cells summed over the channel, and the dossiers resolved then by timing
    // against the deadline; core.dossier_resolution_timing is the rule both use). Each is one grouping of the changes
    // and one upsert per rollup table in this statement, so a page pays for its cells, not for its rows. An update
    // that leaves a dossier's receipt and resolution where they were nets to zero and writes no workload cell.
    private const string MoveRollups = """
        delta as (
            select (received_at at time zone 'Asia/Ho_Chi_Minh')::date as day, unit_id, field_id, channel, level,
                   sum(sign) as received,
                   coalesce(sum(sign) filter (where resolved_at <= due_at), 0) as on_time,
                   coalesce(sum(sign) filter (where resolved_at > due_at), 0) as late,
                   coalesce(sum(sign) filter (where resolved_at is not null and channel = 2 and online_level = 4), 0) as full_online
            from changes
            group by 1, 2, 3, 4, 5
        ),
        daily as (
            insert into core.dossier_daily_rollups as r
            select day, unit_id, field_id, channel, level, received, on_time, late, full_online from delta
            on conflict (day, unit_id, field_id, channel, level) do update

        """ + AddDeltaToCell + """
        ),
        monthly as (
            insert into core.dossier_monthly_rollups as r
            select date_trunc('month', day)::date, unit_id, field_id, channel, level,
                   sum(received), sum(on_time), sum(late), sum(full_online)
            from delta group by 1, 2, 3, 4, 5
            on conflict (month, unit_id, field_id, channel, level) do update

        """ + AddDeltaToCell + """
        ),
        workload_delta as (
            select day, unit_id, field_id, level,
                   sum(received) as received, sum(received_online) as received_online,
                   sum(before_deadline) as before_deadline, sum(on_deadline) as on_deadline, sum(late) as late
            from (select day, unit_id, field_id, level, received, case when channel = 2 then received else 0 end as received_online,
                         0 as before_deadline, 0 as on_deadline, 0 as late
                  from delta
                  union all
                  select core.local_day(resolved_at), unit_id, field_id, level, 0, 0,
                         sign * (timing = 0)::int, sign * (timing = 1)::int, sign * (timing = 2)::int
                  from (select sign, resolved_at, unit_id, field_id, level, core.dossier_resolution_timing(due_at, resolved_at) as timing
                        from changes where resolved_at is not null) c) w
            group by 1, 2, 3, 4
            having sum(received) <> 0 or sum(received_online) <> 0
                or sum(before_deadline) <> 0 or sum(on_deadline) <> 0 or sum(late) <> 0
        ),
        workload_daily as (
            insert into core.dossier_workload_daily_rollups as r
            select day, unit_id, field_id, level, received, received_online, before_deadline, on_deadline, late from workload_delta
            on conflict (day, unit_id, field_id, level) do update

        """ + AddWorkloadDeltaToCell + """
        ),
        workload_weekly as (
            insert into core.dossier_workload_weekly_rollups as r
            select core.month_week(day), unit_id, field_id, level,
                   sum(received), sum(received_online), sum(before_deadline), sum(on_deadline), sum(late)
            from workload_delta group by 1, 2, 3, 4
            on conflict (week, unit_id, field_id, level) do update

        """ + AddWorkloadDeltaToCell + """
        ),
        workload_monthly as (
            insert into core.dossier_workload_monthly_rollups as r
            select date_trunc('month', day)::date, unit_id, field_id, level,
                   sum(received), sum(received_online), sum(before_deadline), sum(on_deadline), sum(late)
            from workload_delta group by 1, 2, 3, 4
            on conflict (month, unit_id, field_id, level) do update

        """ + AddWorkloadDeltaToCell + """
        )

        """;

    // A rollup cell that is already there takes the delta added to it (the daily, weekly and monthly alike).
    private const string AddDeltaToCell = """
            set received = r.received + excluded.received,
                resolved_on_time = r.resolved_on_time + excluded.resolved_on_time,
                resolved_late = r.resolved_late + excluded.resolved_late,
                resolved_full_online = r.resolved_full_online + excluded.resolved_full_online
            returning 1
        """;

    private const string AddWorkloadDeltaToCell = """
            set received = r.received + excluded.received,
                received_online = r.received_online + excluded.received_online,
                before_deadline = r.before_deadline + excluded.before_deadline,
                on_deadline = r.on_deadline + excluded.on_deadline,
                late = r.late + excluded.late
            returning 1
        """;

    // Units and days come from the grouped cells, not the rows: thousands of cells instead of a page's rows.
    private const string Touched = """
               (select coalesce(array_agg(distinct unit_id), '{}') from delta),
               (select min(day) from delta),
               (select max(day) from delta),
               (select count(*) from daily) + (select count(*) from monthly)
                 + (select count(*) from workload_daily) + (select count(*) from workload_weekly) + (select count(*) from workload_monthly)
        """;
}
