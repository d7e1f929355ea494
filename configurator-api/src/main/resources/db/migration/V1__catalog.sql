-- The catalog the configurator sells from: makers, their handset models and the variants (colour and
-- storage) of each model with its price, and the OS features and apps a shopper can add.
-- Money is integer minor units with an ISO 4217 currency code.

create table maker (
    code  varchar(50)  primary key check (code ~ '^[a-z0-9][a-z0-9-]*$'),
    name  varchar(200) not null
);

create table handset_model (
    code        varchar(50)  primary key check (code ~ '^[a-z0-9][a-z0-9-]*$'),
    maker_code  varchar(50)  not null references maker (code),
    name        varchar(200) not null
);
create index handset_model_maker on handset_model (maker_code);

create table handset_variant (
    model_code   varchar(50) not null references handset_model (code),
    colour       varchar(50) not null check (colour ~ '^[a-z0-9][a-z0-9-]*$'),
    storage_gb   integer     not null check (storage_gb > 0),
    price_minor  bigint      not null check (price_minor >= 0),
    currency     char(3)     not null check (currency ~ '^[A-Z]{3}$'),
    primary key (model_code, colour, storage_gb)
);

create table os_feature (
    code         varchar(50)   primary key check (code ~ '^[a-z0-9][a-z0-9-]*$'),
    name         varchar(200)  not null,
    description  varchar(1000) not null,
    price_minor  bigint        not null check (price_minor >= 0),
    currency     char(3)       not null check (currency ~ '^[A-Z]{3}$')
);

create table app (
    code         varchar(50)   primary key check (code ~ '^[a-z0-9][a-z0-9-]*$'),
    name         varchar(200)  not null,
    description  varchar(1000) not null,
    price_minor  bigint        not null check (price_minor >= 0),
    currency     char(3)       not null check (currency ~ '^[A-Z]{3}$')
);
