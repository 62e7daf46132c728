-- API keys of the sources set by an Admin while the app runs (they win over the configured ones). Only the key
-- encrypted with the app's Data Protection key ring (auth.data_protection_keys) is stored: the database alone does
-- not give the key away.
create table ingest.source_api_keys (
    source_id     text        primary key,
    protected_key text        not null,
    updated_at    timestamptz not null,
    updated_by    text        not null
);
