-- A launch an admin ended before its window closed: when it was ended (null for a launch that runs as planned). From
-- then on the launch sells nothing and its model is sold as usual; another launch of the model may open after it.
-- A launch ended before it opened never opens. closes_at keeps the end that was planned.
alter table launch add column ended_at timestamptz;
alter table launch add constraint launch_ended_before_its_planned_close check (ended_at is null or ended_at < closes_at);
