-- Operators may also work the kitting, flashing and shipping stations by hand (floor_station.manual, as QA and
-- packing). At a manual kitting station a reserved handset is flashed only once an operator scanned it (picked from
-- stock and put on a flashing port); at a manual flashing station its flash starts only once an operator scanned it
-- there. Who did it and when; cleared when the order gets another handset (swap), and the flash start also when the
-- order comes back for rework.
alter table work_order add column kitted_at timestamptz;
alter table work_order add column kitted_by text;
alter table work_order add column flash_started_at timestamptz;
alter table work_order add column flash_started_by text;
