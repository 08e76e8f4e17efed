-- Each person's contact state in one narrow row, for audiences over millions of people (issue 13):
-- the facts a promotion's audience filter needs, kept by every writer that changes them in the same
-- transaction (people.control.ContactStates), so that counting and walking an audience reads one
-- indexed table instead of joining submissions, people and the do-not-contact list.
--   submitted       the person has a submission (an audience holds only people with one)
--   minor, erased, unsubscribed            the person's own flags (R4, R20, R12)
--   complained, bounced, no_promotions     the do-not-contact list's kinds for the person's keyed hash
--   has_lead        a submission of a lead form, not of a referral (R6)
--   promotable      a lead submission that the policy permits promotional email for (R11), as judged
--                   under the policy whose predicate has the fingerprint judged_under; a row judged
--                   under another one (or none: null) is judged again from its submissions, at once by
--                   the reader and in the background by ContactStatesJob.
-- No personal data: flags and the person's id.
create table contact_states (
    person_id     varchar(36) primary key,
    submitted     boolean     not null,
    minor         boolean     not null,
    erased        boolean     not null,
    unsubscribed  boolean     not null,
    complained    boolean     not null,
    bounced       boolean     not null,
    no_promotions boolean     not null,
    has_lead      boolean     not null,
    promotable    boolean     not null,
    judged_under  varchar(16)
);
-- The audience filter's columns in the order of the exclusions, then the id: counting reads the index
-- alone, and walking the eligible people (all flags false, has_lead true) is a keyset range in id order.
create index contact_states_audience on contact_states (submitted, minor, erased, complained, unsubscribed,
                                                        bounced, no_promotions, has_lead, person_id);
create index contact_states_unjudged on contact_states (judged_under);

-- Everyone written before: every flag from its source; promotable waits for the policy (judged_under null).
insert into contact_states (person_id, submitted, minor, erased, unsubscribed, complained, bounced, no_promotions,
                            has_lead, promotable, judged_under)
select p.id,
       exists (select 1 from submissions s where s.person_id = p.id),
       p.minor,
       p.erased_at is not null,
       p.unsubscribed_at is not null,
       exists (select 1 from do_not_contact d where d.address_hash = p.address_hash and d.kind = 'COMPLAINED'),
       exists (select 1 from do_not_contact d where d.address_hash = p.address_hash and d.kind = 'BOUNCED'),
       exists (select 1 from do_not_contact d where d.address_hash = p.address_hash and d.kind = 'NO_PROMOTIONS'),
       exists (select 1 from submissions s where s.person_id = p.id
               and s.source_form not in ('REFERRAL_REFERRER', 'REFERRAL_COLLEAGUE')),
       false,
       null
from people p;
