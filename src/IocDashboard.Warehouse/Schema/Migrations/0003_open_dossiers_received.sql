-- core.dossiers_open_at also returns when each open dossier was received, so that measures can be grouped
-- by month of receipt (the wall's 12-month trend) in one query.
drop function core.dossiers_open_at(timestamptz, timestamptz);

create function core.dossiers_open_at(period_start timestamptz, period_end timestamptz)
returns table (unit_id int, field_id smallint, level smallint, channel smallint, online_level smallint,
               received_at timestamptz, due_at timestamptz, resolved_at timestamptz)
language sql stable as $$
    select d.unit_id, d.field_id, d.level, d.channel, d.online_level, d.received_at, d.due_at, d.resolved_at
    from core.dossiers d
    where d.received_at >= greatest(period_start, period_end - interval '45 days') and d.received_at < period_end
      and (d.resolved_at is null or d.resolved_at >= period_end)
    union all
    select d.unit_id, d.field_id, d.level, d.channel, d.online_level, d.received_at, d.due_at, d.resolved_at
    from core.dossiers d
    where d.received_at >= period_start and d.received_at < period_end - interval '45 days'
      and (d.resolved_at is null or d.resolved_at - d.received_at > interval '45 days')
      and (d.resolved_at is null or d.resolved_at >= period_end)
$$;
