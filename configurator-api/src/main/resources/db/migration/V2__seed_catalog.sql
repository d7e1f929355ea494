-- The catalog of the Phonesmith shop (codes shared with the handset rack, see CONVENTIONS.md).
-- Prices in EUR cents.

insert into maker (code, name) values
    ('nordvik', 'Nordvik Devices'),
    ('lumo', 'Lumo Mobile');

insert into handset_model (code, maker_code, name) values
    ('nordvik-fjord', 'nordvik', 'Nordvik Fjord'),
    ('nordvik-tundra', 'nordvik', 'Nordvik Tundra'),
    ('lumo-one', 'lumo', 'Lumo One'),
    ('lumo-pro', 'lumo', 'Lumo Pro');

insert into handset_variant (model_code, colour, storage_gb, price_minor, currency) values
    ('nordvik-fjord', 'slate', 128, 39900, 'EUR'),
    ('nordvik-fjord', 'slate', 256, 44900, 'EUR'),
    ('nordvik-fjord', 'birch', 128, 39900, 'EUR'),
    ('nordvik-fjord', 'birch', 256, 44900, 'EUR'),
    ('nordvik-tundra', 'moss', 256, 59900, 'EUR'),
    ('nordvik-tundra', 'moss', 512, 69900, 'EUR'),
    ('nordvik-tundra', 'snow', 256, 59900, 'EUR'),
    ('nordvik-tundra', 'snow', 512, 69900, 'EUR'),
    ('lumo-one', 'coral', 64, 24900, 'EUR'),
    ('lumo-one', 'coral', 128, 27900, 'EUR'),
    ('lumo-one', 'ink', 64, 24900, 'EUR'),
    ('lumo-one', 'ink', 128, 27900, 'EUR'),
    ('lumo-pro', 'ink', 128, 49900, 'EUR'),
    ('lumo-pro', 'ink', 256, 54900, 'EUR'),
    ('lumo-pro', 'sand', 128, 49900, 'EUR'),
    ('lumo-pro', 'sand', 256, 54900, 'EUR');

insert into os_feature (code, name, description, price_minor, currency) values
    ('microg', 'microG', 'Free re-implementation of the Google Play services APIs, so apps that need them work without Google software', 0, 'EUR'),
    ('privacy-dns', 'Private DNS', 'Encrypted DNS over TLS for every connection, with tracker and malware domains blocked', 0, 'EUR'),
    ('work-profile', 'Work profile', 'A separate profile that keeps work apps and their data apart from personal ones', 0, 'EUR'),
    ('desktop-mode', 'Desktop mode', 'Use the phone as a desktop computer with an external display, keyboard and mouse', 1500, 'EUR');

insert into app (code, name, description, price_minor, currency) values
    ('firefox', 'Firefox', 'Web browser by Mozilla with tracking protection', 0, 'EUR'),
    ('signal', 'Signal', 'End-to-end encrypted messaging and calls', 0, 'EUR'),
    ('osmand', 'OsmAnd', 'Offline maps and navigation based on OpenStreetMap', 0, 'EUR'),
    ('k9-mail', 'K-9 Mail', 'Open-source email client for IMAP and POP3 accounts', 0, 'EUR'),
    ('newpipe', 'NewPipe', 'Lightweight video streaming client without ads or tracking', 0, 'EUR'),
    ('navigator-pro', 'Navigator Pro', 'Turn-by-turn navigation with live traffic and lane guidance', 499, 'EUR');
