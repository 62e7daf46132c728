-- Where a row came from (the source column of the dimensions and of the reform tasks) gains a third value:
-- 'connector', a row a source system delivered live (a reform task from the Home Affairs tracker). 'published'
-- and 'synthetic' say how the seed files obtained a row, which a live row is neither. Every table with the
-- column takes the same three values (RowOrigin in Warehouse/Loading). Tasks a connector inserted before this
-- migration keep 'synthetic': nothing recorded which they were.
alter table core.org_units
    drop constraint org_units_source_check,
    add constraint org_units_source_check check (source in ('published', 'synthetic', 'connector'));

alter table core.procedure_fields
    drop constraint procedure_fields_source_check,
    add constraint procedure_fields_source_check check (source in ('published', 'synthetic', 'connector'));

alter table core.procedures
    drop constraint procedures_source_check,
    add constraint procedures_source_check check (source in ('published', 'synthetic', 'connector'));

alter table core.reform_tasks
    drop constraint reform_tasks_source_check,
    add constraint reform_tasks_source_check check (source in ('published', 'synthetic', 'connector'));

alter table core.dx_indicators
    drop constraint dx_indicators_source_check,
    add constraint dx_indicators_source_check check (source in ('published', 'synthetic', 'connector'));
