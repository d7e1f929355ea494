-- Accounts: partners belong to one maker; e-mail for shoppers; failed sign-ins counted for the slow-down and
-- the lock. Usernames are compared in lower case.
alter table web_user add column email varchar(254);
alter table web_user add column maker_code varchar(50);
alter table web_user add column created_at timestamptz not null default now();
alter table web_user add column failed_logins integer not null default 0;
alter table web_user add column last_failed_login_at timestamptz;
alter table web_user add column locked_until timestamptz;
alter table web_user add constraint web_user_partner_has_maker check ((role = 'partner') = (maker_code is not null));
create unique index web_user_username_lower on web_user (lower(username));

-- A signed-in browser. The cookie holds a random token; only its SHA-256 is stored, so a copy of this table
-- signs nobody in.
create table web_session (
    token_hash    char(64)     primary key,
    user_id       uuid         not null references web_user (id) on delete cascade,
    created_at    timestamptz  not null,
    last_seen_at  timestamptz  not null,
    expires_at    timestamptz  not null,
    client_address varchar(64) not null
);
create index web_session_user on web_session (user_id);
create index web_session_expires on web_session (expires_at);

-- Failed sign-ins per client address, in fixed windows: a storm against many accounts from one place.
create table login_failure_window (
    client_address varchar(64) not null,
    window_start   timestamptz not null,
    failures       integer     not null,
    primary key (client_address, window_start)
);
