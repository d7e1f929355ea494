-- The delivery promised when the order was placed (factory-adapter's answer, at most seven days ahead): null when
-- no date could be promised, and for orders placed before promises existed.

alter table customer_order add column promised_ship_date date;
alter table customer_order add column promised_delivery_date date;
alter table customer_order add constraint customer_order_promise_dates
    check (promised_ship_date is null and promised_delivery_date is null
        or promised_ship_date <= promised_delivery_date);
