-- The stations of the factory floor, one per step a phone passes through. An operator blocks a station (a jam, a
-- broken port, a missing part) with the reason; nothing is started at a blocked station until it is unblocked.
create table floor_station (
    kind       varchar(16)   primary key check (kind in ('KITTING', 'FLASHING', 'QA', 'PACKING', 'SHIPPING')),
    blocked    boolean       not null default false,
    reason     varchar(500),
    changed_by varchar(255),
    changed_at timestamptz
);
insert into floor_station (kind) values ('KITTING'), ('FLASHING'), ('QA'), ('PACKING'), ('SHIPPING');
