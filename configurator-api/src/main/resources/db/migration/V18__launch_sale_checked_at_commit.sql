-- Orders are written in batches, each order's launch unit taken as it is admitted and the batch's orders inserted
-- together afterwards: a sale's reference to its order is checked when the transaction commits.
alter table launch_sale alter constraint launch_sale_order_id_fkey deferrable initially deferred;
