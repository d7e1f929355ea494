-- Before a payment key is authorised again, a void of it still queued from an earlier attempt is taken out of the
-- queue under the key's advisory lock (the one the reconciler holds while it voids), in one statement: called on its
-- own, the lock is held until that statement's transaction ends, after the delete.
create function forget_queued_void(lock_key text, key text) returns void language plpgsql as $$
begin
    perform pg_advisory_xact_lock(hashtextextended(lock_key, 0));
    delete from payment_void where payment_key = key;
end
$$;
