-- Payments. Each order holds the authorisation of its amount, made under a payment key derived from the order's
-- idempotency key and request, so that a retry gets the same authorisation, never a second charge. An
-- authorisation that no order holds (the order was refused after it, or the provider's answer was lost) is voided
-- at once, or queued in payment_void for the reconciler when the provider cannot be reached.

alter table customer_order add column payment_key varchar(64);
alter table customer_order add column payment_authorisation varchar(100);
create unique index customer_order_payment_key on customer_order (payment_key);

create table payment_void (
    payment_key  varchar(64)  primary key,
    queued_at    timestamptz  not null,
    attempts     integer      not null default 0,
    last_error   text
);

-- The built-in test provider's own ledger: what a real provider would hold on its side.
create table test_payment (
    payment_key    varchar(64)  primary key,
    authorisation  varchar(100) not null,
    method         varchar(50)  not null,
    amount_minor   bigint       not null check (amount_minor >= 0),
    currency       char(3)      not null,
    status         varchar(20)  not null check (status in ('AUTHORISED', 'VOIDED', 'CAPTURED', 'REFUNDED')),
    captured_minor bigint       not null default 0,
    refunded_minor bigint       not null default 0,
    updated_at     timestamptz  not null
);
