-- The scheduled pulls moved to Hangfire, which installs and upgrades its own schema `hangfire`; the tables of
-- the scheduler it replaced go.
drop schema if exists quartz cascade;

-- Sources an operator paused: they do not run until resumed (read by every node before a run).
create table ingest.source_pauses (
    source_id text primary key,
    paused_at timestamptz not null default now(),
    paused_by text not null
);

-- What the source announced it still holds after the last page read: a running sync's share done.
alter table ingest.sync_progress add column rows_remaining bigint;
