-- Orders placed for one configuration of the catalog. An order keeps its own copy of the configuration
-- (codes) and its price, so later catalog changes do not alter what was ordered.

create table customer_order (
    id               uuid         primary key,
    status           varchar(30)  not null check (status in ('PLACED')),
    maker_code       varchar(50)  not null,
    model_code       varchar(50)  not null,
    colour           varchar(50)  not null,
    storage_gb       integer      not null check (storage_gb > 0),
    features         text[]       not null,
    apps             text[]       not null,
    price_minor      bigint       not null check (price_minor >= 0),
    currency         char(3)      not null check (currency ~ '^[A-Z]{3}$'),
    customer_email   varchar(254) not null,
    placed_at        timestamptz  not null,
    idempotency_key  varchar(100) not null,
    request_hash     char(64)     not null,
    constraint customer_order_idempotency_key_unique unique (idempotency_key)
);
create index customer_order_placed_at on customer_order (placed_at);
