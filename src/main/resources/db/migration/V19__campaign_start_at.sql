-- A campaign may be scheduled: sent with a start time, it waits as SCHEDULED until then, and every
-- node's campaign sender starts it (SENDING) once the time has come. Not personal data.
alter table campaigns add column start_at timestamp with time zone;
