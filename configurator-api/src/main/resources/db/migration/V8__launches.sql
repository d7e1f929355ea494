-- Launches: a pre-order window for one model with a unit quota per variant and a limit per buyer. While a launch
-- is open, an order of its model takes one unit of its variant's quota in the order's own transaction (a
-- conditional update, so concurrent buyers never take more than the quota) and is recorded as a sale of the launch.

create table launch (
    code          varchar(50)  primary key check (code ~ '^[a-z0-9][a-z0-9-]*$'),
    model_code    varchar(50)  not null references handset_model (code),
    opens_at      timestamptz  not null,
    closes_at     timestamptz  not null check (closes_at > opens_at),
    per_customer  integer      not null check (per_customer > 0)
);
create index launch_model on launch (model_code, opens_at);

create table launch_quota (
    launch_code  varchar(50)  not null references launch (code),
    colour       varchar(50)  not null,
    storage_gb   integer      not null check (storage_gb > 0),
    units        integer      not null check (units >= 0),
    sold         integer      not null default 0 check (sold >= 0 and sold <= units),
    primary key (launch_code, colour, storage_gb)
);

create table launch_sale (
    order_id     uuid         primary key references customer_order (id),
    launch_code  varchar(50)  not null references launch (code),
    buyer        varchar(254) not null
);
create index launch_sale_buyer on launch_sale (launch_code, buyer);
