-- Prices given for one configuration (as the rules completed it, codes sorted), held until valid_until. An order
-- that names a quote is charged its price, or refused if the quote expired or the price changed since.

create table quote (
    id           uuid         primary key,
    model_code   varchar(50)  not null,
    colour       varchar(50)  not null,
    storage_gb   integer      not null check (storage_gb > 0),
    features     text[]       not null,
    apps         text[]       not null,
    price_minor  bigint       not null check (price_minor >= 0),
    currency     char(3)      not null check (currency ~ '^[A-Z]{3}$'),
    quoted_at    timestamptz  not null,
    valid_until  timestamptz  not null check (valid_until > quoted_at)
);
create index quote_valid_until on quote (valid_until);

alter table customer_order add column quote_id uuid references quote (id);
