-- Every new catalog version is also notified on channel catalog_version, which PostgreSQL delivers to the listening
-- replicas once the changing transaction commits (never on rollback), so that a replica can answer from the catalog
-- it keeps without asking for the version on every request.
create or replace function bump_catalog_version() returns trigger language plpgsql as $$
declare
    renumbered bigint;
begin
    update catalog_version set version = nextval('catalog_version_seq') returning version into renumbered;
    perform pg_notify('catalog_version', renumbered::text);
    return null;
end
$$;
