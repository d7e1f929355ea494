-- Devices the factory provisioned; the verifier is derived from the device secret, which never comes here.
create table device (
    imei           varchar(15)  primary key,
    maker          varchar(64)  not null,
    model          varchar(64)  not null,
    order_id       varchar(64)  not null,
    verifier       varchar(64)  not null,
    provisioned_at timestamptz  not null,
    activated_at   timestamptz,
    last_seen_at   timestamptz
);
create index device_maker_activated on device (maker, activated_at) where activated_at is not null;

-- Each nonce a device used in a proof, so a captured request cannot be replayed. Rows older than the clock
-- tolerance can go: a request that old is refused for its timestamp anyway.
create table used_nonce (
    imei    varchar(15) not null,
    nonce   varchar(64) not null,
    used_at timestamptz not null,
    primary key (imei, nonce)
);
create index used_nonce_used_at on used_nonce (used_at);

-- A stretch of time a device was in use: from its activation (or its return after being out of use) until it
-- was last seen; it stays in use until last_seen_at + the out-of-use period.
create table usage_period (
    imei         varchar(15) not null references device (imei),
    started_at   timestamptz not null,
    last_seen_at timestamptz not null,
    primary key (imei, started_at),
    check (last_seen_at >= started_at)
);
create index usage_period_span on usage_period (started_at, last_seen_at);

-- What each maker is paid per device in use per month, from the first day of a month on.
create table rate_contract (
    maker          varchar(64) not null,
    effective_from date        not null,
    rate_minor     bigint      not null check (rate_minor >= 0),
    currency       char(3)     not null,
    primary key (maker, effective_from),
    check (extract(day from effective_from) = 1)
);
insert into rate_contract (maker, effective_from, rate_minor, currency) values
    ('lumo', date '2026-01-01', 100, 'CNY'),
    ('nordvik', date '2026-01-01', 100, 'CNY');

-- A closed month: its statements exist and never change.
create table month_close (
    month     date        primary key check (extract(day from month) = 1),
    closed_at timestamptz not null,
    closed_by varchar(200) not null
);

create table statement (
    maker          varchar(64) not null,
    month          date        not null references month_close (month),
    devices_in_use bigint      not null,
    rate_minor     bigint      not null,
    currency       char(3)     not null,
    total_minor    bigint      not null,
    closed_at      timestamptz not null,
    primary key (maker, month)
);

create table statement_line (
    maker        varchar(64)  not null,
    month        date         not null,
    line_no      int          not null,
    kind         varchar(16)  not null check (kind in ('IN_USE', 'ADJUSTMENT')),
    description  varchar(500) not null,
    devices      bigint       not null,
    amount_minor bigint       not null,
    primary key (maker, month, line_no),
    foreign key (maker, month) references statement (maker, month)
);

-- A late correction of a closed month: it becomes a line of the maker's next statement.
create table adjustment (
    id              uuid         primary key,
    idempotency_key varchar(200) not null unique,
    maker           varchar(64)  not null,
    for_month       date         not null references month_close (month),
    devices         bigint       not null check (devices <> 0),
    reason          varchar(500) not null,
    recorded_at     timestamptz  not null,
    recorded_by     varchar(200) not null,
    settled_month   date
);
create index adjustment_pending on adjustment (maker) where settled_month is null;

-- Closed statements are immutable: no update or delete, whoever asks.
create function refuse_change_of_closed_statement() returns trigger language plpgsql as $$
begin
    raise exception 'statements are immutable once closed (% on %)', tg_op, tg_table_name
        using errcode = 'P0001';
end;
$$;
create trigger statement_immutable before update or delete on statement
    for each row execute function refuse_change_of_closed_statement();
create trigger statement_line_immutable before update or delete on statement_line
    for each row execute function refuse_change_of_closed_statement();
