-- The test provider's authorisation in one statement (it is on every order's path): under the key's row lock, a key
-- held, taken or given back already answers with its authorisation (UNCHANGED); a new or voided key is held anew
-- (MOVED). The call is logged either way. "first" says whether the key had never been authorised.
create function test_payment_authorise(p_key text, p_authorisation text, p_method text, p_amount bigint,
        p_currency text, p_at timestamptz, out authorisation text, out amount_minor bigint, out currency text,
        out outcome text, out first boolean) language plpgsql as $$
declare
    held test_payment%rowtype;
begin
    select * into held from test_payment where payment_key = p_key for update;
    first := not found;
    if found and held.status <> 'VOIDED' then
        authorisation := held.authorisation;
        amount_minor := held.amount_minor;
        currency := held.currency;
        outcome := 'UNCHANGED';
    else
        insert into test_payment (payment_key, authorisation, method, amount_minor, currency, status, updated_at)
        values (p_key, p_authorisation, p_method, p_amount, p_currency, 'AUTHORISED', p_at)
        on conflict (payment_key) do update set authorisation = excluded.authorisation, method = excluded.method,
            amount_minor = excluded.amount_minor, currency = excluded.currency, status = 'AUTHORISED',
            captured_minor = 0, refunded_minor = 0, updated_at = excluded.updated_at;
        authorisation := p_authorisation;
        amount_minor := p_amount;
        currency := p_currency;
        outcome := 'MOVED';
    end if;
    insert into test_payment_request (payment_key, operation, outcome, requested_at, amount_minor)
    values (p_key, 'AUTHORISE', outcome, p_at, p_amount);
end
$$;
