-- Operators work phones by hand at the QA and packing stations when a station is manual.
-- floor_station.manual: the station's mode as an operator set it; null follows factory.stations.<kind>.manual.
alter table floor_station add column manual boolean;
-- The automated QA checks of the last flash (JSON array of {item, expected, actual, passed, difference}): the
-- operator's checklist at a manual QA station, where the order waits as QA_PENDING.
alter table work_order add column qa_checks text;
