-- The delivery day a quote showed the shopper (null when none could be promised): an order naming the quote is
-- refused, as for a changed price, when that day can no longer be kept, so nobody pays for a date they were not shown.
alter table quote add column promised_delivery_date date;
