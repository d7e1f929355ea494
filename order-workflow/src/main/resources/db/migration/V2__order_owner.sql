-- Who may follow an order, from OrderPlaced: the account that placed it (null for a guest) and the SHA-256
-- of its tracking token (null for orders placed before tokens existed). Never the token itself.
alter table workflow_order add column customer_id varchar(100);
alter table workflow_order add column tracking_token_hash char(64);
