-- Where a row came from (the source column of the dimensions and of the reform tasks) gains a third value:
-- 'connector', a row a source system delivered live (a reform task from the Home Affairs tracker). 'published'
-- and 'synthetic' say how the seed files obtained a row, which a live row is neither. Every table with the
-- column takes the same three values (RowOrigin in Warehouse/Loading). Tasks a connector inserted before this
-- migration keep 'synthetic': nothing recorded which they were.
do $$
declare
    t text;
begin
    foreach t in array array['org_units', 'procedure_fields', 'procedures', 'reform_tasks', 'dx_indicators'] loop
        execute format(
            'alter table core.%1$I drop constraint %2$I, add constraint %2$I check (source in (''published'', ''synthetic'', ''connector''))',
            t, t || '_source_check');
    end loop;
end
$$;
