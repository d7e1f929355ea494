-- A handset that failed QA again is set aside as faulty (SwapHandset): never reserved again, it keeps the order it
-- failed for.
alter table handset drop constraint handset_status_check;
alter table handset add constraint handset_status_check
    check (status in ('AVAILABLE', 'RESERVED', 'SHIPPED', 'FAULTY'));

-- A cancelled order (CancelBuild) keeps its work order as CANCELLED. One cancelled before its ScheduleBuild came is a
-- tombstone without a variant, so that a late ScheduleBuild does not build it; every other work order has one.
alter table work_order alter column model drop not null;
alter table work_order alter column colour drop not null;
alter table work_order alter column storage_gb drop not null;
alter table work_order add constraint work_order_variant_unless_cancelled
    check (status = 'CANCELLED' or (model is not null and colour is not null and storage_gb is not null));
-- A cancelled order gave its day back: the booked count of a day is the number of work orders on it.
alter table work_order add constraint work_order_cancelled_holds_no_day
    check (status <> 'CANCELLED' or slot_day is null);
