-- The promise the shop made with the order (from OrderPlaced), and what became of it: at risk (the work left no
-- longer fits before the ship-by moment), breached (not delivered by the promised day), expedited by support.
alter table workflow_order add column promised_ship_date date;
alter table workflow_order add column promised_delivery_date date;
alter table workflow_order add column at_risk_at timestamptz;
alter table workflow_order add column breached_at timestamptz;
alter table workflow_order add column expedited_at timestamptz;
alter table workflow_order add column expedited_by varchar(200);
create index workflow_order_at_risk on workflow_order (at_risk_at) where at_risk_at is not null;
create index workflow_order_breached on workflow_order (breached_at) where breached_at is not null;
