-- The feature model the configurator solves (see rules/): each variant's RAM, each option's install size, the
-- RAM it needs and whether it is in a configuration by default; groups of options (all, any, exactly one, at
-- least one; at the top or under a parent option) and cross-tree rules (requires, excludes). Option codes are
-- unique across OS features and apps. The seed turns release 1.0 into a launch catalog of dozens of options.

alter table handset_variant add column ram_gb integer not null default 8 check (ram_gb > 0);
alter table handset_variant alter column ram_gb drop default;

alter table os_feature add column install_mb integer not null default 0 check (install_mb >= 0);
alter table os_feature add column min_ram_gb integer not null default 0 check (min_ram_gb >= 0);
alter table os_feature add column by_default boolean not null default false;
alter table app add column install_mb integer not null default 0 check (install_mb >= 0);
alter table app add column min_ram_gb integer not null default 0 check (min_ram_gb >= 0);
alter table app add column by_default boolean not null default false;

create table option_group (
    code         varchar(50)  primary key check (code ~ '^[a-z0-9][a-z0-9-]*$'),
    name         varchar(200) not null,
    kind         varchar(16)  not null check (kind in ('ALL', 'ANY', 'EXACTLY_ONE', 'AT_LEAST_ONE')),
    parent_code  varchar(50)
);

-- an option is in at most one group
create table option_group_member (
    option_code  varchar(50) primary key,
    group_code   varchar(50) not null references option_group (code) on delete cascade,
    position     integer     not null
);
create index option_group_member_group on option_group_member (group_code, position);

create table option_rule (
    kind         varchar(16) not null check (kind in ('REQUIRES', 'EXCLUDES')),
    option_code  varchar(50) not null,
    other_code   varchar(50) not null check (other_code <> option_code),
    primary key (kind, option_code, other_code)
);

update handset_variant set ram_gb = case
    when model_code = 'nordvik-fjord' and storage_gb = 128 then 6
    when model_code = 'nordvik-fjord' then 8
    when model_code = 'lumo-one' then 8
    when model_code = 'lumo-pro' and storage_gb = 128 then 8
    when model_code = 'lumo-pro' then 12
    when model_code = 'nordvik-tundra' and storage_gb = 256 then 12
    else 16 end;

update os_feature set install_mb = 180, min_ram_gb = 0, by_default = false where code = 'microg';
update os_feature set install_mb = 10, min_ram_gb = 0, by_default = false where code = 'privacy-dns';
update os_feature set install_mb = 50, min_ram_gb = 0, by_default = false where code = 'work-profile';
update os_feature set install_mb = 300, min_ram_gb = 8, by_default = false where code = 'desktop-mode';
update app set install_mb = 280, min_ram_gb = 0, by_default = true where code = 'firefox';
update app set install_mb = 200, min_ram_gb = 0, by_default = false where code = 'signal';
update app set install_mb = 8192, min_ram_gb = 0, by_default = false where code = 'osmand';
update app set install_mb = 40, min_ram_gb = 0, by_default = false where code = 'k9-mail';
update app set install_mb = 30, min_ram_gb = 0, by_default = false where code = 'newpipe';
update app set install_mb = 2048, min_ram_gb = 0, by_default = false where code = 'navigator-pro';

insert into os_feature (code, name, description, price_minor, currency, install_mb, min_ram_gb, by_default) values
    ('launcher-classic', 'Classic launcher', 'Home screen with an app drawer, widgets and folders', 0, 'EUR', 150, 0, true),
    ('launcher-minimal', 'Minimal launcher', 'A text-only home screen that shows just the apps you pin', 0, 'EUR', 40, 0, false),
    ('launcher-focus', 'Focus launcher', 'A calm home screen in greyscale that hides games and limits notifications', 0, 'EUR', 60, 0, false),
    ('launcher-kids', 'Kids launcher', 'Large icons and only the apps a parent allows', 0, 'EUR', 120, 0, false),
    ('kids-mode', 'Kids mode', 'A phone set up for a child, with parental controls and a content filter', 0, 'EUR', 0, 0, false),
    ('parental-controls', 'Parental controls', 'Screen time limits, app approval and location sharing with a parent', 0, 'EUR', 80, 0, false),
    ('content-filter', 'Content filter', 'Blocks adult and violent websites in every browser', 0, 'EUR', 40, 0, false),
    ('external-display', 'External display', 'Mirror or extend the screen on a monitor over USB-C', 0, 'EUR', 30, 0, false),
    ('on-device-assistant', 'On-device assistant', 'A voice assistant whose speech model runs on the phone, offline', 2900, 'EUR', 4096, 12, false),
    ('tracker-blocker', 'Tracker blocker', 'Blocks known trackers in apps and the browser', 0, 'EUR', 20, 0, false),
    ('firewall', 'Firewall', 'Choose which apps may use Wi-Fi and mobile data', 0, 'EUR', 15, 0, false),
    ('always-on-vpn', 'Always-on VPN', 'Send all traffic through a VPN and block it when the VPN is down', 0, 'EUR', 25, 0, false),
    ('app-lock', 'App lock', 'Protect chosen apps with a PIN or fingerprint', 0, 'EUR', 10, 0, false),
    ('secure-folder', 'Secure folder', 'An encrypted space for private files and apps', 0, 'EUR', 60, 0, false),
    ('dual-apps', 'Dual apps', 'Run two accounts of the same messaging app side by side', 0, 'EUR', 20, 0, false),
    ('call-recording', 'Call recording', 'Record calls where the law allows, with a spoken notice', 0, 'EUR', 15, 0, false),
    ('gesture-navigation', 'Gesture navigation', 'Swipe gestures instead of navigation buttons', 0, 'EUR', 5, 0, false),
    ('always-on-display', 'Always-on display', 'Time and notifications on a dimmed screen', 0, 'EUR', 10, 0, false),
    ('esim-manager', 'eSIM manager', 'Download and switch eSIM profiles from any carrier', 0, 'EUR', 20, 0, false),
    ('wifi-calling', 'Wi-Fi calling', 'Calls and texts over Wi-Fi where the carrier supports it', 0, 'EUR', 15, 0, false),
    ('screen-recorder', 'Screen recorder', 'Record the screen with sound', 0, 'EUR', 25, 0, false),
    ('face-unlock', 'Face unlock', 'Unlock with your face, processed on the phone', 0, 'EUR', 200, 6, false),
    ('encrypted-backup', 'Encrypted backup', 'Nightly end-to-end encrypted backup to a server you choose', 0, 'EUR', 30, 0, false),
    ('battery-saver-plus', 'Battery saver plus', 'Stops background work of apps you have not opened for a while', 0, 'EUR', 10, 0, false);

insert into app (code, name, description, price_minor, currency, install_mb, min_ram_gb, by_default) values
    ('phone', 'Phone', 'Calls, voicemail and call history', 0, 'EUR', 60, 0, true),
    ('messages', 'Messages', 'Texts and multimedia messages', 0, 'EUR', 50, 0, true),
    ('camera', 'Camera', 'Photos, videos and document scans', 0, 'EUR', 90, 0, true),
    ('vanadium', 'Vanadium', 'A hardened Chromium-based web browser', 0, 'EUR', 250, 0, false),
    ('duckduckgo-browser', 'DuckDuckGo Browser', 'Private browsing with tracker blocking built in', 0, 'EUR', 120, 0, false),
    ('work-mail', 'Work mail', 'Exchange and IMAP mail, calendar and contacts for the work profile', 0, 'EUR', 150, 0, true),
    ('work-vpn', 'Work VPN', 'Connects the work profile to the company network', 0, 'EUR', 40, 0, false),
    ('work-chat', 'Work chat', 'Team chat for the work profile', 0, 'EUR', 180, 0, false),
    ('kids-games', 'Kids games', 'Ad-free learning games for children', 0, 'EUR', 2048, 0, false),
    ('kids-books', 'Kids books', 'Picture books read aloud, stored on the phone', 0, 'EUR', 1024, 0, false),
    ('games-pack', 'Games Pack', 'Twelve full games installed and ready to play offline', 999, 'EUR', 24576, 0, false),
    ('offline-video', 'Offline video library', 'Films and series downloaded for travel', 499, 'EUR', 16384, 0, false),
    ('offline-music', 'Offline music', 'A starter music library stored on the phone', 299, 'EUR', 12288, 0, false),
    ('organic-maps', 'Organic Maps', 'Offline maps of your country for hiking and cycling', 0, 'EUR', 3072, 0, false),
    ('office-suite', 'Office suite', 'Documents, spreadsheets and presentations', 0, 'EUR', 1536, 0, false),
    ('photo-editor', 'Photo editor', 'Edit photos with layers and filters', 0, 'EUR', 800, 0, false),
    ('antennapod', 'AntennaPod', 'Podcast player', 0, 'EUR', 60, 0, false),
    ('keepassdx', 'KeePassDX', 'Password manager with an offline database', 0, 'EUR', 40, 0, false),
    ('proton-mail', 'Proton Mail', 'End-to-end encrypted e-mail', 0, 'EUR', 120, 0, false),
    ('element', 'Element', 'Matrix chat, end-to-end encrypted', 0, 'EUR', 150, 0, false),
    ('threema', 'Threema', 'Anonymous encrypted messaging', 499, 'EUR', 100, 0, false),
    ('f-droid', 'F-Droid', 'Catalogue of free and open-source apps', 0, 'EUR', 30, 0, false),
    ('aurora-store', 'Aurora Store', 'Install apps from Google Play without a Google account', 0, 'EUR', 40, 0, false);

insert into option_group (code, name, kind, parent_code) values
    ('core-apps', 'Core apps', 'ALL', null),
    ('launcher', 'Launcher', 'EXACTLY_ONE', null),
    ('browser', 'Browser', 'AT_LEAST_ONE', null),
    ('work-apps', 'Work apps', 'AT_LEAST_ONE', 'work-profile'),
    ('kids-safety', 'Kids safety', 'ALL', 'kids-mode'),
    ('kids-apps', 'Kids apps', 'ANY', 'kids-mode');

insert into option_group_member (option_code, group_code, position) values
    ('phone', 'core-apps', 0),
    ('messages', 'core-apps', 1),
    ('camera', 'core-apps', 2),
    ('launcher-classic', 'launcher', 0),
    ('launcher-minimal', 'launcher', 1),
    ('launcher-focus', 'launcher', 2),
    ('launcher-kids', 'launcher', 3),
    ('firefox', 'browser', 0),
    ('vanadium', 'browser', 1),
    ('duckduckgo-browser', 'browser', 2),
    ('work-mail', 'work-apps', 0),
    ('work-vpn', 'work-apps', 1),
    ('work-chat', 'work-apps', 2),
    ('parental-controls', 'kids-safety', 0),
    ('content-filter', 'kids-safety', 1),
    ('kids-games', 'kids-apps', 0),
    ('kids-books', 'kids-apps', 1);

insert into option_rule (kind, option_code, other_code) values
    ('REQUIRES', 'kids-mode', 'launcher-kids'),
    ('REQUIRES', 'launcher-kids', 'kids-mode'),
    ('EXCLUDES', 'kids-mode', 'work-profile'),
    ('EXCLUDES', 'kids-mode', 'secure-folder'),
    ('EXCLUDES', 'kids-mode', 'games-pack'),
    ('REQUIRES', 'desktop-mode', 'external-display'),
    ('REQUIRES', 'navigator-pro', 'microg'),
    ('REQUIRES', 'aurora-store', 'microg'),
    ('EXCLUDES', 'launcher-focus', 'games-pack'),
    ('EXCLUDES', 'dual-apps', 'work-profile'),
    ('REQUIRES', 'tracker-blocker', 'privacy-dns'),
    ('REQUIRES', 'always-on-vpn', 'firewall'),
    ('EXCLUDES', 'call-recording', 'kids-mode');
