-- An endpoint that answers 410 Gone is disabled (issue 14): nothing more is sent to it, and the
-- erasure and opt-out notices meant for it are recorded as not told. The row stays (the disclosure
-- log and the erasures' records name it); status says whether it still receives.
alter table webhook_endpoints add column status varchar(12) default 'ACTIVE' not null;
alter table webhook_endpoints add column disabled_at timestamp with time zone;
alter table webhook_endpoints add column disabled_reason varchar(200);

-- An imported lead says so downstream (issue 14): when it came in by an import (import_id names it).
-- The access report shows it; not personal in itself (the time of a file's import).
alter table submissions add column imported_at timestamp with time zone;
