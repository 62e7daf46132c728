-- The dossiers open at an instant, found by reading only those. core.dossiers_open_at scanned every receipt of the
-- 45 days before the instant in the covering index on received_at and kept the few still open: on a warehouse of 4.7
-- million dossiers about 200,000 index entries for 16,000 open ones, and the per-field breakdowns fetched every one of
-- them from the table besides (field_id was not in that index). Keyed by the local day of receipt and then by when the
-- dossier was resolved (never: infinity), the index gives each of the 46 days one descent that starts at the instant
-- and reads only the dossiers still open then; its included columns answer every query of the function without
-- touching the table. The index on received_at goes (the loads maintain one index, not two): its other reader, the
-- wall's count of the dossiers resolved on a day, sums that day's resolution rollups instead.
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
