-- The built-in test provider's log of the calls it received for each payment key, and what each did: MOVED (money
-- was held, released, taken or given back), UNCHANGED (a repeat, or nothing to do), REFUSED, UNREACHABLE (the call
-- failed as if the provider could not be reached). Tests read it to prove that money moved once.

create table test_payment_request (
    seq            bigserial    primary key,
    payment_key    varchar(64)  not null,
    operation      varchar(20)  not null check (operation in ('AUTHORISE', 'VOID', 'CAPTURE', 'REFUND')),
    amount_minor   bigint,
    outcome        varchar(20)  not null check (outcome in ('MOVED', 'UNCHANGED', 'REFUSED', 'UNREACHABLE')),
    requested_at   timestamptz  not null
);
create index test_payment_request_key on test_payment_request (payment_key, seq);
