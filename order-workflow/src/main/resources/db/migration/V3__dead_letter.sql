-- Messages some service could not handle (topic dead-letters, from every service), kept for support to replay
-- or discard. One row per record of the dead-letter topic, so reading it again changes nothing.
create table dead_letter (
    id               bigserial    primary key,
    dlq_partition    integer      not null,
    dlq_offset       bigint       not null,
    source_topic     varchar(200),
    source_partition integer,
    source_offset    bigint,
    message_key      varchar(200),
    message_type     varchar(100),
    payload          text         not null,
    reason           text         not null,
    received_at      timestamptz  not null,
    status           varchar(20)  not null,
    note             varchar(500),
    acted_by         varchar(200),
    acted_at         timestamptz,
    unique (dlq_partition, dlq_offset)
);
create index dead_letter_open on dead_letter (received_at desc) where status = 'OPEN';
