-- Handset stock by IMEI, as found at the stations by the scan.
create table handset (
    imei          varchar(20)  primary key,
    serial        varchar(64)  not null,
    model         varchar(64)  not null,
    colour        varchar(32)  not null,
    storage_gb    integer      not null,
    station_host  varchar(255) not null,
    station_port  integer      not null,
    status        varchar(16)  not null check (status in ('AVAILABLE', 'RESERVED', 'SHIPPED')),
    order_id      varchar(64),
    first_seen_at timestamptz  not null,
    last_seen_at  timestamptz  not null,
    updated_at    timestamptz  not null,
    check (status = 'AVAILABLE' or order_id is not null)
);
-- reservation looks for an available handset of one exact variant
create index handset_available_variant on handset (model, colour, storage_gb, imei) where status = 'AVAILABLE';
-- an order holds at most one reserved handset
create unique index handset_reserved_per_order on handset (order_id) where status = 'RESERVED';
create index handset_status on handset (status, imei);

-- One work order per customer order: reserve, flash, QA, pack, ship.
create table work_order (
    order_id          varchar(64)   primary key,
    model             varchar(64)   not null,
    colour            varchar(32)   not null,
    storage_gb        integer       not null,
    imei              varchar(20)   references handset (imei),
    status            varchar(24)   not null,
    image_url         varchar(2000),
    image_digest      varchar(100),
    image_fingerprint varchar(255),
    attempts          integer       not null default 0,
    next_step_at      timestamptz,
    last_error        varchar(1000),
    carrier           varchar(64),
    tracking_number   varchar(32)   unique,
    version           bigint        not null default 0,
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null
);
-- the workers claim what is due
create index work_order_due on work_order (next_step_at) where next_step_at is not null;

-- What happened to a work order, oldest first (for operators and support).
create table work_order_event (
    id          bigserial     primary key,
    order_id    varchar(64)   not null references work_order (order_id),
    occurred_at timestamptz   not null,
    step        varchar(32)   not null,
    detail      varchar(1000) not null
);
create index work_order_event_order on work_order_event (order_id, id);

-- Tracking numbers are derived from this sequence (see TrackingNumbers), so they are unique by construction.
create sequence tracking_number_seq;
