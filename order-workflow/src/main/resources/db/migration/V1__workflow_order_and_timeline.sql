-- order-workflow's own state: what it knows of each order, and the order's timeline for tracking.
-- (Camunda creates and upgrades its own ACT_* tables in the same database.)
create table workflow_order (
    order_id          varchar(64)  primary key,
    maker             varchar(100) not null,
    model             varchar(100) not null,
    colour            varchar(100) not null,
    storage_gb        integer      not null,
    features          text[]       not null,
    apps              text[]       not null,
    placed_at         timestamptz  not null,
    image_url         varchar(2000),
    image_digest      varchar(200),
    image_fingerprint varchar(500),
    imei              varchar(32),
    status            varchar(30)  not null,
    updated_at        timestamptz  not null
);
create index workflow_order_status on workflow_order (status);

create table timeline_entry (
    id          bigserial    primary key,
    order_id    varchar(64)  not null references workflow_order (order_id),
    occurred_at timestamptz  not null,
    type        varchar(40)  not null,
    detail      text         not null
);
create index timeline_entry_order on timeline_entry (order_id, occurred_at, id);
