-- The OS vendor's launch partners, who joined the shop's catalog with configurator-api's V15__launch_partners.sql:
-- each is paid 1 yuan (100 fen) a month per device in use, from the same month as the first two makers.
insert into rate_contract (maker, effective_from, rate_minor, currency) values
    ('kestrel', date '2026-01-01', 100, 'CNY'),
    ('meridian', date '2026-01-01', 100, 'CNY'),
    ('okapi', date '2026-01-01', 100, 'CNY'),
    ('tessel', date '2026-01-01', 100, 'CNY');
