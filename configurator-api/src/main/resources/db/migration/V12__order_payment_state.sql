-- The order's payment after placing, settled on order-workflow's commands: held (AUTHORISED) when the order is
-- placed, taken (CAPTURED) when it ships, given back when it is cancelled: the hold voided (VOIDED, nothing was
-- charged) or the payment refunded (REFUNDED). Amounts in minor units of the order's currency. An order cancelled
-- by the workflow (ReleasePayment) becomes CANCELLED, with the workflow's reason.

alter table customer_order drop constraint customer_order_status_check;
alter table customer_order add constraint customer_order_status_check check (status in ('PLACED', 'CANCELLED'));
alter table customer_order add column cancelled_at timestamptz;
alter table customer_order add column cancellation_reason text;
alter table customer_order add constraint customer_order_cancelled
    check ((status = 'CANCELLED') = (cancelled_at is not null));

alter table customer_order add column payment_status varchar(20)
    check (payment_status in ('AUTHORISED', 'CAPTURED', 'VOIDED', 'REFUNDED'));
alter table customer_order add column payment_authorised_minor bigint check (payment_authorised_minor >= 0);
alter table customer_order add column payment_authorised_at timestamptz;
alter table customer_order add column payment_captured_minor bigint check (payment_captured_minor >= 0);
alter table customer_order add column payment_captured_at timestamptz;
alter table customer_order add column payment_refunded_minor bigint check (payment_refunded_minor >= 0);
alter table customer_order add column payment_released_at timestamptz;

-- every order placed since payments exist holds the authorisation of its price, made when it was placed
update customer_order set payment_status = 'AUTHORISED', payment_authorised_minor = price_minor,
    payment_authorised_at = placed_at
    where payment_key is not null;

-- an order with a payment knows where it stands; each state has the amounts and times it implies
alter table customer_order add constraint customer_order_payment_state check (
    payment_key is null and payment_status is null
    or payment_key is not null and payment_authorised_minor is not null and payment_authorised_at is not null
        and case payment_status
            when 'AUTHORISED' then payment_captured_at is null and payment_released_at is null
            when 'CAPTURED' then payment_captured_minor is not null and payment_captured_at is not null
                and payment_released_at is null
            when 'VOIDED' then payment_captured_at is null and payment_released_at is not null
            when 'REFUNDED' then payment_captured_at is not null and payment_refunded_minor is not null
                and payment_released_at is not null
            else false
        end);
