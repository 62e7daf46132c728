-- Tokens for callers without an account: API tokens for other systems (Authorization: Bearer ioc_api_…, read only,
-- with one of the account roles) and kiosk tokens for the wall screens (ioc_kiosk_…, valid for one screen). A token is
-- 32 random bytes, so its SHA-256 is stored and looked up as is (a slow password hash would add nothing to 256 bits
-- of entropy); the plaintext is shown once when it is made and kept nowhere. `prefix` is its first characters, enough
-- to tell tokens apart on the admin page and nothing like enough to use one. A revoked token keeps its row (who made
-- it, who revoked it, when it was last used). The web app's TokenStore is the one reader and writer of both tables.
create schema if not exists auth;

create table auth.api_tokens (
    id           bigint generated always as identity primary key,
    -- Also the principal's name, "api:NAME", so letters, digits, '.', '_' and '-' only.
    name         text        not null check (name ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$'),
    role         text        not null check (role in ('Leader', 'Analyst', 'Admin')),
    token_hash   bytea       not null unique check (octet_length(token_hash) = 32),
    prefix       text        not null,
    created_at   timestamptz not null,
    created_by   text        not null,
    revoked_at   timestamptz,
    revoked_by   text,
    -- Written at most once a minute per token, not on every request.
    last_used_at timestamptz,
    check ((revoked_at is null) = (revoked_by is null))
);

-- One live token per name, so "api:NAME" in logs and the audit log names one token; a revoked name may be reused.
create unique index api_tokens_active_name on auth.api_tokens (lower(name)) where revoked_at is null;

create table auth.kiosk_tokens (
    id           bigint generated always as identity primary key,
    -- A key of Wall:Screens (checked by the app: configuration is not in the database).
    screen       text        not null check (screen <> ''),
    name         text        not null check (name ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$'),
    token_hash   bytea       not null unique check (octet_length(token_hash) = 32),
    prefix       text        not null,
    created_at   timestamptz not null,
    created_by   text        not null,
    revoked_at   timestamptz,
    revoked_by   text,
    last_used_at timestamptz,
    check ((revoked_at is null) = (revoked_by is null))
);

create unique index kiosk_tokens_active_name on auth.kiosk_tokens (lower(screen), lower(name)) where revoked_at is null;
