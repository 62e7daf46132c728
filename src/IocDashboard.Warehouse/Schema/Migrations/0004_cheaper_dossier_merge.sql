-- A record's natural key (source system, id in that system) is an opaque code: it is only ever compared for
-- equality, so its unique index is ordered byte by byte ("C") rather than by the database's locale. Every page
-- a connector merges probes and extends that index row by row; byte order makes that markedly cheaper
-- (bench: ~12% less server CPU per 100,000 new dossiers) and no query sorts these codes for people to read.
alter table core.dossiers
    alter column source_code type text collate "C",
    alter column external_id type text collate "C";

alter table core.feedback_items
    alter column source_code type text collate "C",
    alter column external_id type text collate "C";

-- The connectors' merge now moves the rollups in the same statement that writes the dossiers (data-modifying
-- CTEs over the grouped changes), instead of packing every change into an array for a function to unpack.
drop function core.apply_dossier_rollup_changes(core.dossier_rollup_change[]);
drop type core.dossier_rollup_change;
