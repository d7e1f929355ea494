-- QA rework counts the handset's failed checks; the shopper may cancel until flashing has started; a cancelled
-- order keeps who cancelled it, when and why.
alter table workflow_order add column qa_failures integer not null default 0;
alter table workflow_order add column flashing_started_at timestamptz;
alter table workflow_order add column cancelled_at timestamptz;
alter table workflow_order add column cancelled_by varchar(200);
alter table workflow_order add column cancel_reason varchar(500);
