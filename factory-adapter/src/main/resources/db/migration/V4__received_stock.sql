-- Stock is received by IMEI before a handset reaches a station: until the station scan finds it plugged in (kitting),
-- it has no station. Reservation prefers handsets already at a station.
alter table handset alter column station_host drop not null;
alter table handset alter column station_port drop not null;
alter table handset add column received_at timestamptz;
alter table handset add column received_by varchar(255);
