-- What administrators and analysts changed: accounts, tokens, sources paused or resumed, runs started by hand,
-- uploads, reports generated. The application only ever inserts; a trigger refuses every update, delete and
-- truncate, so no code path (and no mistake in one) can edit the record.
create schema if not exists auth;

create table auth.audit_log (
    id             bigint generated always as identity primary key,
    at             timestamptz not null,
    -- The signed-in user's name, "api:NAME" for an API token, or the caller's address where no one signs in.
    actor          text        not null,
    -- Dotted, noun first: "account.create", "token.revoke", "source.pause", "job.run", "upload.indicators", "report.generate".
    action         text        not null check (action ~ '^[a-z]+(\.[a-z-]+)+$'),
    target         text        not null,
    before         jsonb,
    after          jsonb,
    remote_address text
);

create index audit_log_newest on auth.audit_log (at desc, id desc);
create index audit_log_action on auth.audit_log (action, at desc);
create index audit_log_actor on auth.audit_log (actor, at desc);

create function auth.audit_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'auth.audit_log is append-only: % is refused', tg_op using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_log_no_update_or_delete before update or delete on auth.audit_log
    for each row execute function auth.audit_log_is_append_only();
create trigger audit_log_no_truncate before truncate on auth.audit_log
    for each statement execute function auth.audit_log_is_append_only();
