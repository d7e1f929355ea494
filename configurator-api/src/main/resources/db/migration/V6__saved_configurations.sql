-- Configurations shoppers saved to share, under a short code derived from their content: the decisions as they
-- were made (codes), reopened later against the catalog as it is then.

create table saved_configuration (
    code        varchar(20)  primary key check (code ~ '^[0-9a-z]{8,20}$'),
    model_code  varchar(50)  not null,
    colour      varchar(50),
    storage_gb  integer      check (storage_gb > 0),
    chosen      text[]       not null,
    removed     text[]       not null,
    content     text         not null,
    saved_at    timestamptz  not null
);
