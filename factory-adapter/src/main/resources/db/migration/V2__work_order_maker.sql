-- The handset's maker, sent by order-workflow with ScheduleBuild: the device is provisioned for activation
-- under it. Work orders scheduled before have none.
alter table work_order add column maker varchar(64);
