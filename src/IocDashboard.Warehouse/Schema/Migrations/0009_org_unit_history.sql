-- Org units as they were and as they are. A unit that ends goes into one or more units that begin the same day:
-- the links live in one table, with whether only part of the old unit went into the new one (an old commune split
-- between new ones in 2025). Attributes that change while a unit keeps its code (the province's statistics code
-- and seat in 2025) are dated rows of their own instead of a second row of the unit.
create table core.org_unit_successors (
    predecessor_id int     not null references core.org_units (id),
    successor_id   int     not null references core.org_units (id),
    partial        boolean not null,
    effective_on   date    not null,
    primary key (predecessor_id, successor_id),
    check (predecessor_id <> successor_id)
);
create index org_unit_successors_successor on core.org_unit_successors (successor_id);

-- The single successor a unit could name so far (the 2020 changes) becomes a whole link, effective the day the
-- predecessor ended (or, had it no end, the day the successor began).
insert into core.org_unit_successors (predecessor_id, successor_id, partial, effective_on)
select u.id, u.successor_id, false, coalesce(u.valid_to, s.valid_from)
from core.org_units u
join core.org_units s on s.id = u.successor_id;

alter table core.org_units drop column successor_id;

-- Valid over [valid_from, valid_to) like the units; where a unit has rows here they override its stat_code.
create table core.org_unit_revisions (
    org_unit_id   int  not null references core.org_units (id),
    valid_from    date not null,
    valid_to      date,
    stat_code     text,
    seat_id       int  references core.org_units (id),
    source        text not null check (source in ('published', 'synthetic', 'connector')),
    load_batch_id bigint references ingest.load_batches (id),
    primary key (org_unit_id, valid_from),
    check (valid_to is null or valid_to > valid_from)
);
