-- The lead retention (R27) asks, per person, for activity newer than its cutoff: these indexes answer
-- it from the person's own rows (the older indexes lead with the webinar, or lack the time).
create index submissions_person_collected on submissions (person_id, collected_at);
create index webinar_registrations_person on webinar_registrations (person_id, registered_at);

-- Requests that an erasure before this version left open without a requester could never be answered
-- and stayed overdue: they are closed, as an erasure now closes them (there is no address to write to).
update privacy_requests
   set status = 'SUPERSEDED', outcome = 'SUPERSEDED', decided_at = erased_at, decided_by = 'erasure',
       exception_code = null, decision_message = null
 where email is null and erased_at is not null
   and status in ('PENDING_VERIFICATION', 'AWAITING_DECISION', 'APPEALED');
