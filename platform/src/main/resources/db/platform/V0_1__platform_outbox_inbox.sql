-- Shared plumbing of every service (from the platform module): transactional outbox and consumer inbox.
create table outbox_message (
    seq          bigserial primary key,
    message_id   uuid         not null unique,
    topic        varchar(200) not null,
    message_key  varchar(200) not null,
    payload      text         not null,
    created_at   timestamptz  not null,
    sent_at      timestamptz,
    attempts     integer      not null default 0,
    last_error   varchar(1000)
);
create index outbox_message_unsent on outbox_message (seq) where sent_at is null;

create table inbox_message (
    message_id  uuid         not null,
    consumer    varchar(100) not null,
    handled_at  timestamptz  not null,
    primary key (message_id, consumer)
);
