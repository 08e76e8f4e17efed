-- `scripts/bench campaign`: :n people with a submission each, collected over the past two years,
-- with every kind of exclusion mixed in; then :recent eligible people collected in 2030, whom the
-- measured campaign selects, and :warm pricing requests of 2031 for the warm-up campaign. Ids are made from the row number; the address hash stands in for the
-- keyed one (only equality matters to the audience query).
\set purposes 'BUSINESS_OPERATIONS,COMMUNICATING_WITH_YOU,MARKETING,PROVIDING_THE_SERVICE,REQUIRED_BY_LAW,SECURITY'
-- One transaction: the running service's lead-retention job must never see a seeded person before
-- their submission (it erased them, one by one, as people without activity, and held the seed up).
begin;
insert into people (id, email, address_hash, sale_sharing_opt_out, partner_consent, created_at, updated_at,
                    unsubscribed_at, erased_at, minor)
select '00000000-0000-4000-8000-' || lpad(g::text, 12, '0'),
       case when g % 50 = 4 then null else 'bench-' || g || '@example.com' end,
       md5('bench-' || g), false, false, now(), now(),
       case when g % 20 = 1 then now() end,
       case when g % 50 = 4 then now() end,
       g % 100 = 4
from generate_series(1, :n + :recent + :warm) as g;

insert into submissions (id, person_id, source_form, categories, purposes, policy_version, collected_at,
                         full_name, organization, practice_specialty, partner_sharing_consent)
select '00000000-0000-4000-9000-' || lpad(g::text, 12, '0'),
       '00000000-0000-4000-8000-' || lpad(g::text, 12, '0'),
       case when g % 20 = 3 and g <= :n then 'REFERRAL_REFERRER' when g > :n + :recent then 'PRICING_REQUEST'
            else 'DEMO_REQUEST' end,
       'BASIC_IDENTIFIERS,PROFESSIONAL_INFORMATION',
       case when g % 20 = 3 and g <= :n then 'REFERRALS,REQUIRED_BY_LAW,SECURITY' else :'purposes' end,
       '2024-06-30',
       case when g <= :n then now() - (g % 730) * interval '1 day'
            when g <= :n + :recent then timestamp with time zone '2030-01-01'
            else timestamp with time zone '2031-01-01' end,
       case when g % 50 = 4 then null else 'Bench Person ' || g end,
       'Bench Clinic', 'Cardiology', false
from generate_series(1, :n + :recent + :warm) as g;

-- The recent and warm-up ones are all eligible: none of the exclusions above reaches them.
update people set unsubscribed_at = null, erased_at = null, minor = false, email = 'bench-' || substr(id, 25) || '@example.com'
where id > '00000000-0000-4000-8000-' || lpad(:n::text, 12, '0');
update submissions set full_name = 'Recent Person' where person_id > '00000000-0000-4000-8000-' || lpad(:n::text, 12, '0');

insert into do_not_contact (address_hash, kind, reason, created_at)
select md5('bench-' || g), 'NO_PROMOTIONS', 'UNSUBSCRIBE', now() from generate_series(1, :n) as g where g % 20 = 2;

-- Their contact states, as the V26 migration backfills them (every flag from its sources; whether the
-- policy permits promotions is left to the service's ContactStatesJob, which the run waits for).
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

commit;

-- As autovacuum would leave tables some time after a load: statistics, visibility map, hint bits.
vacuum analyze people;
vacuum analyze submissions;
vacuum analyze do_not_contact;
vacuum analyze contact_states;
