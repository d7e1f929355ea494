-- A parcel per work order: packed with its label, booked with the carrier (who gives the tracking number), handed
-- over, and delivered as the carrier reports.
create table shipment (
    order_id        varchar(64)  primary key references work_order (order_id),
    imei            varchar(20)  not null,
    carrier         varchar(64)  not null,
    tracking_number varchar(32)  not null unique,
    packed_at       timestamptz  not null,
    shipped_at      timestamptz,
    delivered_at    timestamptz,
    contents        varchar(200) not null,
    label_prints    integer      not null default 1
);
create index shipment_in_transit on shipment (shipped_at) where delivered_at is null and shipped_at is not null;

-- The simulated carrier's own records (a real carrier keeps these on its side): one booking per parcel.
create table simulated_carrier_booking (
    tracking_number varchar(32) primary key,
    reference       varchar(64) not null unique,
    booked_at       timestamptz not null,
    collected_at    timestamptz,
    delivers_at     timestamptz
);
