-- The OS features and apps of the order, sent by order-workflow with ScheduleBuild: QA checks that the booted
-- handset reports exactly these. Null means not known (work orders scheduled before ScheduleBuild carried them):
-- QA then says it did not check them; an empty array is an order without any.
alter table work_order add column features text[];
alter table work_order add column apps text[];
