-- An order's one statement before its payment is authorised: the request hash of the order already placed with its
-- idempotency key, if there is one (the request is a retry, answered with that order, and nothing is authorised);
-- otherwise, as forget_queued_void does, a void of its payment key still queued from an earlier attempt is taken
-- out of the queue under the key's advisory lock, so that it cannot release the hold authorised next, and
-- void_forgotten says whether there was one (should the order be refused before its authorisation after all, that
-- hold is voided then).
create function placed_request_or_forget_void(p_idempotency_key text, p_lock_key text, p_payment_key text,
        out request_hash text, out void_forgotten boolean) language plpgsql as $$
begin
    select o.request_hash into request_hash from customer_order o where o.idempotency_key = p_idempotency_key;
    void_forgotten := false;
    if found then
        return;
    end if;
    perform pg_advisory_xact_lock(hashtextextended(p_lock_key, 0));
    delete from payment_void where payment_key = p_payment_key;
    void_forgotten := found;
end
$$;
