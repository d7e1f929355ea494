-- The capacity calendar: how many phones the factory can finish on a day, and how many work orders are booked on
-- it. A row is made from the configured factory model the first time a day is looked at; an admin can change one
-- day (a holiday, an extra shift). booked never exceeds capacity: bookings are conditional updates.
create table capacity_day (
    day        date        primary key,
    capacity   integer     not null check (capacity >= 0),
    booked     integer     not null default 0 check (booked >= 0),
    overridden boolean     not null default false,
    updated_at timestamptz not null,
    check (booked <= capacity)
);

-- The day a work order is built on (its slot), the day it must ship by to keep the promise (its due date), and
-- whether support expedited it (the schedule puts it first).
alter table work_order add column slot_day date;
alter table work_order add column ship_by date;
alter table work_order add column expedited boolean not null default false;
create index work_order_slot on work_order (slot_day);
-- the promise subtracts orders still waiting for a handset of the variant from the variant's free stock
create index work_order_waiting_variant on work_order (model, colour, storage_gb) where status = 'WAITING_FOR_STOCK';

-- Work orders from before the calendar keep the day they were made on and the promise of their day.
update work_order set slot_day = (created_at at time zone 'Europe/Stockholm')::date,
                      ship_by = (created_at at time zone 'Europe/Stockholm')::date + 5;
