-- Resolution rollups: per local day (and month) of resolution and per (unit, field, level), the dossiers resolved
-- then, whenever they were received, split by timing against the deadline. With the receipt rollups and the
-- dossiers open at the period's start and end (core.dossiers_open_at), they give the work of a period (the
-- workload measures: received, carried over, resolved before / on / after the deadline, pending) without reading
-- the history. Channel is not part of the key: the workload splits only receipts by channel, and every key column
-- multiplies the cells a merge moves.
create table core.dossier_resolution_daily_rollups (
    day             date     not null,
    unit_id         int      not null,
    field_id        smallint not null,
    level           smallint not null,
    before_deadline int      not null,
    on_deadline     int      not null,
    late            int      not null,
    primary key (day, unit_id, field_id, level)
);

create table core.dossier_resolution_monthly_rollups (
    month           date     not null check (extract(day from month) = 1),
    unit_id         int      not null,
    field_id        smallint not null,
    level           smallint not null,
    before_deadline int      not null,
    on_deadline     int      not null,
    late            int      not null,
    primary key (month, unit_id, field_id, level)
);

-- The local day of an instant in Vietnam. UTC+7 without daylight saving since 1975, as ReportingPeriod (Domain)
-- takes it: a fixed offset is several times cheaper per row than looking up the named zone, and the merge computes
-- it for every changed row.
create function core.local_day(instant timestamptz) returns date
language sql immutable parallel safe as $$
    select (instant at time zone interval '07:00')::date
$$;

-- How a resolution stands against the deadline: 0 resolved on a local day before the due day, 1 on the due day and
-- not after due_at, 2 after due_at; null while unresolved. The SQL twin of WorkloadRule.TimingOf (Domain), used by
-- the refresh below and by the connectors' merge (DossierMergeSql) alike. Plain immutable expressions: the planner
-- inlines both functions into the queries that call them.
create function core.dossier_resolution_timing(due_at timestamptz, resolved_at timestamptz) returns smallint
language sql immutable parallel safe as $$
    select (case
        when resolved_at > due_at then 2
        when core.local_day(resolved_at) < core.local_day(due_at) then 0
        when resolved_at is not null then 1
    end)::smallint
$$;

-- Recomputes the resolution rollups of the local days of resolution [from_day, to_day] and of the months that
-- contain them: the one definition of what a resolution rollup row holds. Rows are written in key order, so that a
-- period's rows lie on few pages: a query reads a day range, and rows in hash order put each day on every page.
create function core.refresh_dossier_resolution_rollups(from_day date, to_day date) returns void
language sql set work_mem = '256MB' as $$
    delete from core.dossier_resolution_daily_rollups where day between from_day and to_day;
    insert into core.dossier_resolution_daily_rollups
    select core.local_day(resolved_at), unit_id, field_id, level,
           count(*) filter (where timing = 0),
           count(*) filter (where timing = 1),
           count(*) filter (where timing = 2)
    from (select resolved_at, unit_id, field_id, level, core.dossier_resolution_timing(due_at, resolved_at) as timing
          from core.dossiers
          where resolved_at >= (from_day::timestamp at time zone 'Asia/Ho_Chi_Minh')
            and resolved_at < ((to_day + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh')) d
    group by 1, 2, 3, 4
    order by 1, 2, 3, 4;

    delete from core.dossier_resolution_monthly_rollups
    where month between date_trunc('month', from_day)::date and date_trunc('month', to_day)::date;
    insert into core.dossier_resolution_monthly_rollups
    select date_trunc('month', day)::date, unit_id, field_id, level,
           sum(before_deadline), sum(on_deadline), sum(late)
    from core.dossier_resolution_daily_rollups
    where day >= date_trunc('month', from_day)::date
      and day < (date_trunc('month', to_day) + interval '1 month')::date
    group by 1, 2, 3, 4
    order by 1, 2, 3, 4;
$$;

-- The receipt rollups as 0001 defined them, then the resolution rollups of the same days: every rollup row of a
-- local day in [from_day, to_day] (received then, or resolved then) and of the months that contain them. Written in
-- key order, as above: a 5-month query of a seeded warehouse of 4.5 million dossiers read 10,080 pages of the daily
-- receipt rollups in hash order and 188 in key order.
create or replace function core.refresh_dossier_rollups(from_day date, to_day date) returns void
language sql set work_mem = '256MB' as $$
    delete from core.dossier_daily_rollups where day between from_day and to_day;
    insert into core.dossier_daily_rollups
    select (received_at at time zone 'Asia/Ho_Chi_Minh')::date, unit_id, field_id, channel, level,
           count(*),
           count(*) filter (where resolved_at <= due_at),
           count(*) filter (where resolved_at > due_at),
           count(*) filter (where resolved_at is not null and channel = 2 and online_level = 4)
    from core.dossiers
    where received_at >= (from_day::timestamp at time zone 'Asia/Ho_Chi_Minh')
      and received_at < ((to_day + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh')
    group by 1, 2, 3, 4, 5
    order by 1, 2, 3, 4, 5;

    delete from core.dossier_monthly_rollups
    where month between date_trunc('month', from_day)::date and date_trunc('month', to_day)::date;
    insert into core.dossier_monthly_rollups
    select date_trunc('month', day)::date, unit_id, field_id, channel, level,
           sum(received), sum(resolved_on_time), sum(resolved_late), sum(resolved_full_online)
    from core.dossier_daily_rollups
    where day >= date_trunc('month', from_day)::date
      and day < (date_trunc('month', to_day) + interval '1 month')::date
    group by 1, 2, 3, 4, 5
    order by 1, 2, 3, 4, 5;

    select core.refresh_dossier_resolution_rollups(from_day, to_day);
$$;

-- Backfill: the resolution rollups of every dossier already stored.
select core.refresh_dossier_resolution_rollups(min(day), max(day))
from (select core.local_day(resolved_at) as day from core.dossiers where resolved_at is not null) d
having count(*) > 0;

analyze core.dossier_resolution_daily_rollups, core.dossier_resolution_monthly_rollups;
