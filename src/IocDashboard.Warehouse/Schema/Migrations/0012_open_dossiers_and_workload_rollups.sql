-- The dossiers open at an instant, found by reading only those. core.dossiers_open_at scanned every receipt of the
-- 45 days before the instant in the covering index on received_at and kept the few still open: on a warehouse of 4.7
-- million dossiers about 200,000 index entries for 16,000 open ones, and the per-field breakdowns fetched every one of
-- them from the table besides (field_id was not in that index). Keyed by the local day of receipt and then by when the
-- dossier was resolved (never: infinity), the index gives each of the 46 days one descent that starts at the instant
-- and reads only the dossiers still open then; its included columns answer every query of the function without
-- touching the table. The index on received_at goes (the loads maintain one index, not two): its other reader, the
-- wall's count of the dossiers resolved on a day, sums that day's workload rollups (below) instead.
drop index core.dossiers_received;
create index dossiers_received_day_resolved on core.dossiers (core.local_day(received_at), coalesce(resolved_at, 'infinity'))
    include (received_at, resolved_at, due_at, unit_id, field_id, level, channel, online_level);

-- The same rows as before (0003). The first part also names the local days of receipt it may take (a superset of its
-- bounds on received_at, which stay exact for any instant), so that the scan descends once per day; the second part
-- is unchanged (the partial index of the dossiers open longer than 45 days).
create or replace function core.dossiers_open_at(period_start timestamptz, period_end timestamptz)
returns table (unit_id int, field_id smallint, level smallint, channel smallint, online_level smallint,
               received_at timestamptz, due_at timestamptz, resolved_at timestamptz)
language sql stable as $$
    select d.unit_id, d.field_id, d.level, d.channel, d.online_level, d.received_at, d.due_at, d.resolved_at
    from core.dossiers d
    where core.local_day(d.received_at) = any (array(
              select core.local_day(greatest(period_start, period_end - interval '45 days')) + i
              from generate_series(0, core.local_day(period_end - interval '1 microsecond')
                                      - core.local_day(greatest(period_start, period_end - interval '45 days'))) i))
      and coalesce(d.resolved_at, 'infinity') >= period_end
      and d.received_at >= greatest(period_start, period_end - interval '45 days') and d.received_at < period_end
    union all
    select d.unit_id, d.field_id, d.level, d.channel, d.online_level, d.received_at, d.due_at, d.resolved_at
    from core.dossiers d
    where d.received_at >= period_start and d.received_at < period_end - interval '45 days'
      and (d.resolved_at is null or d.resolved_at - d.received_at > interval '45 days')
      and (d.resolved_at is null or d.resolved_at >= period_end)
$$;

-- Statistics on the index's expressions for the planner at once.
analyze core.dossiers;

-- Workload rollups: per local day (and month), unit, field and level, what came in that day (received, and of it
-- online) and what was resolved that day, by timing against the deadline. They take the place of the resolution
-- rollups (0008), whose cells they hold as they were, with the receipts beside them: the workload measures read one
-- table instead of two, and not the receipt rollups, whose key has the channel too. A quarter's ragged edges (31 days)
-- on the seeded present read 34,000 rows instead of 67,000. Between the daily and the monthly table a weekly one
-- holds the seven-day parts of each month (days 1-7, 8-14, 15-21, 22-28, 29 to the end: core.month_week), so that a
-- ragged edge reads its whole parts there and at most six single days from the daily table: that quarter's edges read
-- 7,100 rows.
create table core.dossier_workload_daily_rollups (
    day             date     not null,
    unit_id         int      not null,
    field_id        smallint not null,
    level           smallint not null,
    received        int      not null,
    received_online int      not null,
    before_deadline int      not null,
    on_deadline     int      not null,
    late            int      not null,
    primary key (day, unit_id, field_id, level)
);

create table core.dossier_workload_monthly_rollups (
    month           date     not null check (extract(day from month) = 1),
    unit_id         int      not null,
    field_id        smallint not null,
    level           smallint not null,
    received        int      not null,
    received_online int      not null,
    before_deadline int      not null,
    on_deadline     int      not null,
    late            int      not null,
    primary key (month, unit_id, field_id, level)
);

-- The first day of the seven-day part of its month that a day falls in: the 1st, 8th, 15th, 22nd or 29th.
create function core.month_week(day date) returns date
language sql immutable parallel safe as $$
    select day - (date_part('day', day)::int - 1) % 7
$$;

create table core.dossier_workload_weekly_rollups (
    week            date     not null check (core.month_week(week) = week),
    unit_id         int      not null,
    field_id        smallint not null,
    level           smallint not null,
    received        int      not null,
    received_online int      not null,
    before_deadline int      not null,
    on_deadline     int      not null,
    late            int      not null,
    primary key (week, unit_id, field_id, level)
);

-- Recomputes the workload rollups of the local days [from_day, to_day] and the weekly and monthly rows of the months
-- that contain them: the one definition of what a workload rollup row holds. The receipts are the receipt rollups'
-- cells of those days summed over the channel (online: channel 2), so core.refresh_dossier_rollups refreshes those
-- first; the resolutions are the dossiers resolved on those days, by core.dossier_resolution_timing. Rows are written
-- in key order, so that a period's rows lie on few pages.
create function core.refresh_dossier_workload_rollups(from_day date, to_day date) returns void
language sql set work_mem = '256MB' as $$
    delete from core.dossier_workload_daily_rollups where day between from_day and to_day;
    insert into core.dossier_workload_daily_rollups
    select day, unit_id, field_id, level,
           sum(received), sum(received_online), sum(before_deadline), sum(on_deadline), sum(late)
    from (select day, unit_id, field_id, level, received, case when channel = 2 then received else 0 end as received_online,
                 0 as before_deadline, 0 as on_deadline, 0 as late
          from core.dossier_daily_rollups
          where day between from_day and to_day
          union all
          select core.local_day(resolved_at), unit_id, field_id, level, 0, 0,
                 (timing = 0)::int, (timing = 1)::int, (timing = 2)::int
          from (select resolved_at, unit_id, field_id, level, core.dossier_resolution_timing(due_at, resolved_at) as timing
                from core.dossiers
                where resolved_at >= (from_day::timestamp at time zone 'Asia/Ho_Chi_Minh')
                  and resolved_at < ((to_day + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh')) d) c
    group by 1, 2, 3, 4
    order by 1, 2, 3, 4;

    delete from core.dossier_workload_weekly_rollups
    where week >= date_trunc('month', from_day)::date
      and week < (date_trunc('month', to_day) + interval '1 month')::date;
    insert into core.dossier_workload_weekly_rollups
    select core.month_week(day), unit_id, field_id, level,
           sum(received), sum(received_online), sum(before_deadline), sum(on_deadline), sum(late)
    from core.dossier_workload_daily_rollups
    where day >= date_trunc('month', from_day)::date
      and day < (date_trunc('month', to_day) + interval '1 month')::date
    group by 1, 2, 3, 4
    order by 1, 2, 3, 4;

    -- A month is the sum of its weeks (a quarter as many rows as its days).
    delete from core.dossier_workload_monthly_rollups
    where month between date_trunc('month', from_day)::date and date_trunc('month', to_day)::date;
    insert into core.dossier_workload_monthly_rollups
    select date_trunc('month', week)::date, unit_id, field_id, level,
           sum(received), sum(received_online), sum(before_deadline), sum(on_deadline), sum(late)
    from core.dossier_workload_weekly_rollups
    where week >= date_trunc('month', from_day)::date
      and week < (date_trunc('month', to_day) + interval '1 month')::date
    group by 1, 2, 3, 4
    order by 1, 2, 3, 4;
$$;

-- The receipt rollups as 0008 wrote them, then the workload rollups of the same days.
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

    select core.refresh_dossier_workload_rollups(from_day, to_day);
$$;

-- Backfill from the rollups already stored (the same cells the refresh computes), then the resolution rollups go.
insert into core.dossier_workload_daily_rollups
select day, unit_id, field_id, level,
       sum(received), sum(received_online), sum(before_deadline), sum(on_deadline), sum(late)
from (select day, unit_id, field_id, level, received, case when channel = 2 then received else 0 end as received_online,
             0 as before_deadline, 0 as on_deadline, 0 as late
      from core.dossier_daily_rollups
      union all
      select day, unit_id, field_id, level, 0, 0, before_deadline, on_deadline, late
      from core.dossier_resolution_daily_rollups) c
group by 1, 2, 3, 4
order by 1, 2, 3, 4;

insert into core.dossier_workload_weekly_rollups
select core.month_week(day), unit_id, field_id, level,
       sum(received), sum(received_online), sum(before_deadline), sum(on_deadline), sum(late)
from core.dossier_workload_daily_rollups
group by 1, 2, 3, 4
order by 1, 2, 3, 4;

insert into core.dossier_workload_monthly_rollups
select date_trunc('month', week)::date, unit_id, field_id, level,
       sum(received), sum(received_online), sum(before_deadline), sum(on_deadline), sum(late)
from core.dossier_workload_weekly_rollups
group by 1, 2, 3, 4
order by 1, 2, 3, 4;

drop function core.refresh_dossier_resolution_rollups(date, date);
drop table core.dossier_resolution_daily_rollups, core.dossier_resolution_monthly_rollups;

analyze core.dossier_workload_daily_rollups, core.dossier_workload_weekly_rollups, core.dossier_workload_monthly_rollups;
