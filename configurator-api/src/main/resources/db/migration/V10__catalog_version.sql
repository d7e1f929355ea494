-- The catalog's version: every statement that changes a catalog table takes a new number from a sequence (never
-- reused, even by a transaction that rolls back), so that each replica can keep the catalog in memory and check
-- with one query per request whether it is still the one in the database.

create sequence catalog_version_seq;
create table catalog_version (
    id       boolean primary key default true check (id),
    version  bigint  not null
);
insert into catalog_version (version) values (nextval('catalog_version_seq'));

create function bump_catalog_version() returns trigger language plpgsql as $$
begin
    update catalog_version set version = nextval('catalog_version_seq');
    return null;
end
$$;

create trigger maker_changes_catalog_version after insert or update or delete or truncate on maker
    for each statement execute function bump_catalog_version();
create trigger handset_model_changes_catalog_version after insert or update or delete or truncate on handset_model
    for each statement execute function bump_catalog_version();
create trigger handset_variant_changes_catalog_version after insert or update or delete or truncate on handset_variant
    for each statement execute function bump_catalog_version();
create trigger os_feature_changes_catalog_version after insert or update or delete or truncate on os_feature
    for each statement execute function bump_catalog_version();
create trigger app_changes_catalog_version after insert or update or delete or truncate on app
    for each statement execute function bump_catalog_version();
create trigger option_group_changes_catalog_version after insert or update or delete or truncate on option_group
    for each statement execute function bump_catalog_version();
create trigger option_group_member_changes_catalog_version after insert or update or delete or truncate on option_group_member
    for each statement execute function bump_catalog_version();
create trigger option_rule_changes_catalog_version after insert or update or delete or truncate on option_rule
    for each statement execute function bump_catalog_version();
