-- Whether a procedure qualifies for full-process online service (dịch vụ công trực tuyến toàn trình): the base of
-- the province's published rate of procedures provided so (online level 4) among those that qualify. A procedure
-- nobody said qualifies does not count; rows already loaded read false until the next reference load
-- (`seed --reference-only`, run at every start) brings them up to the files.
alter table core.procedures add column full_online_eligible boolean not null default false;
