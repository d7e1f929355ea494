-- A parcel packed for an order that is then cancelled is never collected: its booking is cancelled with the carrier.
alter table simulated_carrier_booking add column cancelled_at timestamptz;
