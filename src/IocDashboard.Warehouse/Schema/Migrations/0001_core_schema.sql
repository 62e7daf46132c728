-- Warehouse core: dimensions (org units, fields, procedures), reform tasks, DX indicators, feedback and
-- dossier facts, with lineage to the load batch that wrote each row.
create schema if not exists core;
create schema if not exists ingest;
create schema if not exists staging;

create table ingest.load_batches (
    id           bigint generated always as identity primary key,
    source_code  text        not null,
    kind         text        not null check (kind in ('seed', 'sync', 'upload')),
    started_at   timestamptz not null default now(),
    finished_at  timestamptz,
    rows_written bigint      not null default 0,
    note         text
);

create table core.org_units (
    id            int  generated always as identity primary key,
    code          text not null unique,
    name          text not null,
    kind          text not null check (kind in ('province', 'serviceCentre', 'agency', 'district', 'commune')),
    parent_id     int  references core.org_units (id),
    valid_from    date not null,
    valid_to      date,
    successor_id  int  references core.org_units (id),
    stat_code     text,
    source        text not null check (source in ('published', 'synthetic')),
    load_batch_id bigint references ingest.load_batches (id),
    check (valid_to is null or valid_to > valid_from)
);
create index org_units_parent on core.org_units (parent_id);

create table core.procedure_fields (
    id              smallint generated always as identity primary key,
    code            text not null unique,
    name            text not null,
    owner_agency_id int  references core.org_units (id),
    source          text not null check (source in ('published', 'synthetic'))
);

create table core.procedures (
    id                int  generated always as identity primary key,
    code              text not null unique,
    name              text not null,
    field_id          smallint not null references core.procedure_fields (id),
    level             smallint not null check (level between 0 and 2),
    online_level      smallint not null check (online_level in (2, 3, 4)),
    valid_from        date not null,
    valid_to          date,
    portal_integrated boolean not null,
    source            text not null check (source in ('published', 'synthetic')),
    load_batch_id     bigint references ingest.load_batches (id)
);

create table core.reform_areas (
    id             smallint generated always as identity primary key,
    code           text    not null unique,
    name           text    not null,
    is_reform_area boolean not null
);

create table core.reform_tasks (
    id             int  generated always as identity primary key,
    code           text not null unique,
    title          text not null,
    area_id        smallint not null references core.reform_areas (id),
    lead_agency_id int  not null references core.org_units (id),
    start_date     date not null,
    deadline       date not null,
    source         text not null check (source in ('published', 'synthetic')),
    load_batch_id  bigint references ingest.load_batches (id),
    check (deadline >= start_date)
);

create table core.reform_task_co_agencies (
    task_id   int not null references core.reform_tasks (id) on delete cascade,
    agency_id int not null references core.org_units (id),
    primary key (task_id, agency_id)
);

-- Status history: the dated facts the status is derived from (completion reported, confirmed).
create table core.reform_task_events (
    id            bigint generated always as identity primary key,
    task_id       int  not null references core.reform_tasks (id) on delete cascade,
    kind          text not null check (kind in ('completionReported', 'completionConfirmed')),
    occurred_on   date not null,
    load_batch_id bigint references ingest.load_batches (id),
    unique (task_id, kind, occurred_on)
);

create table core.dx_indicators (
    id              smallint generated always as identity primary key,
    code            text not null unique,
    name            text not null,
    unit            text not null check (unit in ('percent', 'count', 'level')),
    direction       text not null check (direction in ('higher', 'lower')),
    owner_agency_id int  references core.org_units (id),
    origin          text not null,
    source          text not null check (source in ('published', 'synthetic'))
);

create table core.dx_indicator_targets (
    indicator_id smallint not null references core.dx_indicators (id),
    year         smallint not null,
    target       numeric  not null,
    primary key (indicator_id, year)
);

create table core.dx_indicator_values (
    indicator_id  smallint not null references core.dx_indicators (id),
    period        date     not null check (extract(day from period) = 1),
    value         numeric  not null,
    load_batch_id bigint references ingest.load_batches (id),
    primary key (indicator_id, period)
);

create table core.feedback_items (
    id              bigint generated always as identity primary key,
    source_code     text not null,
    external_id     text not null,
    received_at     timestamptz not null,
    channel         text not null check (channel in ('nationalPortal', 'provincialPortal', 'hotline', 'zalo')),
    unit_id         int  not null references core.org_units (id),
    subject         text not null,
    forwarded_at    timestamptz,
    answered_at     timestamptz,
    answered_online boolean,
    load_batch_id   bigint references ingest.load_batches (id),
    unique (source_code, external_id)
);
create index feedback_items_received on core.feedback_items (received_at);

-- One row per dossier; natural key (source, external id). Channel, level and online level are the
-- smallint values of the Domain enums. The result (on time / late) is derived from resolved_at and due_at.
create table core.dossiers (
    id            bigint generated always as identity primary key,
    source_code   text        not null,
    external_id   text        not null,
    unit_id       int         not null references core.org_units (id),
    procedure_id  int         not null references core.procedures (id),
    field_id      smallint    not null references core.procedure_fields (id),
    level         smallint    not null check (level between 0 and 2),
    channel       smallint    not null check (channel between 0 and 2),
    online_level  smallint    not null check (online_level in (0, 3, 4)),
    received_at   timestamptz not null,
    due_at        timestamptz not null,
    resolved_at   timestamptz,
    status        smallint    not null check (status between 0 and 3),
    load_batch_id bigint      references ingest.load_batches (id),
    unique (source_code, external_id),
    check (resolved_at is null or resolved_at >= received_at)
);
-- Covering index: period scans and the open-at-end lookup below read it without touching the heap.
create index dossiers_received on core.dossiers (received_at)
    include (resolved_at, due_at, unit_id, level, channel, online_level);
-- The few dossiers open for more than 45 days (or never resolved): with them, the dossiers open at an
-- instant are found by scanning only the last 45 days of receipts plus this small index.
create index dossiers_long_open on core.dossiers (received_at)
    where resolved_at is null or resolved_at - received_at > interval '45 days';

-- The dossiers received in [period_start, period_end) and still open at period_end (resolved at or after it,
-- or not yet): the set that turns a cohort's current outcome into its outcome at the end of a period.
-- Two disjoint parts: receipts of the last 45 days, and older receipts that stayed open longer than that.
create function core.dossiers_open_at(period_start timestamptz, period_end timestamptz)
returns table (unit_id int, field_id smallint, level smallint, channel smallint, online_level smallint,
               due_at timestamptz, resolved_at timestamptz)
language sql stable as $$
    select d.unit_id, d.field_id, d.level, d.channel, d.online_level, d.due_at, d.resolved_at
    from core.dossiers d
    where d.received_at >= greatest(period_start, period_end - interval '45 days') and d.received_at < period_end
      and (d.resolved_at is null or d.resolved_at >= period_end)
    union all
    select d.unit_id, d.field_id, d.level, d.channel, d.online_level, d.due_at, d.resolved_at
    from core.dossiers d
    where d.received_at >= period_start and d.received_at < period_end - interval '45 days'
      and (d.resolved_at is null or d.resolved_at - d.received_at > interval '45 days')
      and (d.resolved_at is null or d.resolved_at >= period_end)
$$;

-- Daily and monthly rollups per (unit, field, channel, level) of the dossiers received that day/month,
-- with their current (final) outcome. Period measures = rollup sums minus the dossiers still open at the
-- period's end (core.dossiers_open_at; see DossierQueries).
create table core.dossier_daily_rollups (
    day                  date     not null,
    unit_id              int      not null,
    field_id             smallint not null,
    channel              smallint not null,
    level                smallint not null,
    received             int      not null,
    resolved_on_time     int      not null,
    resolved_late        int      not null,
    resolved_full_online int      not null,
    primary key (day, unit_id, field_id, channel, level)
);

create table core.dossier_monthly_rollups (
    month                date     not null check (extract(day from month) = 1),
    unit_id              int      not null,
    field_id             smallint not null,
    channel              smallint not null,
    level                smallint not null,
    received             int      not null,
    resolved_on_time     int      not null,
    resolved_late        int      not null,
    resolved_full_online int      not null,
    primary key (month, unit_id, field_id, channel, level)
);

-- Recomputes the rollups of the local days [from_day, to_day] and of the months that contain them.
-- The one definition of what a rollup row holds; loaders call it for the days they touched.
create function core.refresh_dossier_rollups(from_day date, to_day date) returns void
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
    group by 1, 2, 3, 4, 5;

    delete from core.dossier_monthly_rollups
    where month between date_trunc('month', from_day)::date and date_trunc('month', to_day)::date;
    insert into core.dossier_monthly_rollups
    select date_trunc('month', day)::date, unit_id, field_id, channel, level,
           sum(received), sum(resolved_on_time), sum(resolved_late), sum(resolved_full_online)
    from core.dossier_daily_rollups
    where day >= date_trunc('month', from_day)::date
      and day < (date_trunc('month', to_day) + interval '1 month')::date
    group by 1, 2, 3, 4, 5;
$$;
