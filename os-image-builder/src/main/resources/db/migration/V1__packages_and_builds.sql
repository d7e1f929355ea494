-- The package index: every package an image can contain, and which catalog code pulls it in.
-- kind BASE: in every image (catalog_code is null); MODEL: the kernel/device package of one handset
-- model; FEATURE: one OS feature; APP: one app. A catalog code may pull in more than one package.
create table os_package (
    name         varchar(100) primary key,
    version      varchar(50)  not null,
    kind         varchar(16)  not null check (kind in ('BASE', 'MODEL', 'FEATURE', 'APP')),
    catalog_code varchar(64),
    constraint os_package_code_matches_kind
        check ((kind = 'BASE' and catalog_code is null) or (kind <> 'BASE' and catalog_code is not null))
);
create index os_package_kind_code on os_package (kind, catalog_code);

-- One image build per order. The id is the build number that appears in the image's fingerprint.
create sequence image_build_id_seq;
create table image_build (
    id          bigint       primary key,
    order_id    varchar(100) not null unique,
    status      varchar(16)  not null check (status in ('BUILT', 'FAILED')),
    digest      char(64),
    size_bytes  bigint,
    fingerprint varchar(300),
    manifest    jsonb,
    error       text,
    created_at  timestamptz  not null,
    built_at    timestamptz,
    constraint image_build_built_has_artifact check (status <> 'BUILT'
        or (digest is not null and size_bytes is not null and fingerprint is not null and manifest is not null
            and built_at is not null)),
    constraint image_build_failed_has_reason check (status <> 'FAILED' or error is not null)
);
create index image_build_digest on image_build (digest);
