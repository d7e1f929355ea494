-- The packages of release 1.0. Catalog codes are those configurator-api sells (models, OS features, apps).
insert into os_package (name, version, kind, catalog_code) values
    ('phonesmith-base',       '1.0.0',   'BASE',    null),
    ('phonesmith-launcher',   '1.0.0',   'BASE',    null),
    ('device-nordvik-fjord',  '1.0.0',   'MODEL',   'nordvik-fjord'),
    ('device-nordvik-tundra', '1.0.0',   'MODEL',   'nordvik-tundra'),
    ('device-lumo-one',       '1.0.0',   'MODEL',   'lumo-one'),
    ('device-lumo-pro',       '1.0.0',   'MODEL',   'lumo-pro'),
    ('feature-microg',        '0.3.6',   'FEATURE', 'microg'),
    ('feature-privacy-dns',   '1.0.0',   'FEATURE', 'privacy-dns'),
    ('feature-work-profile',  '1.0.0',   'FEATURE', 'work-profile'),
    ('feature-desktop-mode',  '1.0.0',   'FEATURE', 'desktop-mode'),
    ('app-firefox',           '128.0.1', 'APP',     'firefox'),
    ('app-signal',            '7.20.2',  'APP',     'signal'),
    ('app-osmand',            '4.8.6',   'APP',     'osmand'),
    ('app-k9-mail',           '6.804',   'APP',     'k9-mail'),
    ('app-newpipe',           '0.27.2',  'APP',     'newpipe'),
    ('app-navigator-pro',     '2.1.0',   'APP',     'navigator-pro');
