-- Every committed timeline entry tells channel order_timeline which order changed (payload: the order id), as
-- TimelineService did with a pg_notify statement after each insert. A trigger does it inside the insert: one round
-- trip less per entry. PostgreSQL still sends the notification only at commit, once per order and transaction.
create function notify_order_timeline() returns trigger language plpgsql as $$
begin
    perform pg_notify('order_timeline', new.order_id);
    return null;
end
$$;

create trigger timeline_entry_notifies after insert on timeline_entry
    for each row execute function notify_order_timeline();
