-- Who placed each order (the account's token subject; null for a guest), from which client address (for the
-- per-address limit), and the SHA-256 of its tracking token (never the token itself). Orders placed before
-- accounts existed have neither owner nor token: only support can read them.
alter table customer_order add column customer_id varchar(100);
alter table customer_order add column client_address varchar(64) not null default 'unknown';
alter table customer_order alter column client_address drop default;
alter table customer_order add column tracking_token_hash char(64);

-- a shopper's orders, newest first; the per-account and per-address limits count orders within a window
create index customer_order_customer on customer_order (customer_id, placed_at desc) where customer_id is not null;
create index customer_order_client_address on customer_order (client_address, placed_at desc);
-- support finds orders by e-mail; partners' figures aggregate one maker's orders
create index customer_order_email on customer_order (customer_email, placed_at desc);
create index customer_order_maker on customer_order (maker_code, placed_at);
