-- Retention (platform/retention): sent outbox rows and handled inbox rows are removed by age, found by these.
create index outbox_message_sent_at on outbox_message (sent_at) where sent_at is not null;
create index inbox_message_handled_at on inbox_message (handled_at);
