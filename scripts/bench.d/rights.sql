-- `scripts/bench rights`: one person (:'email', keyed hash :'hash') with :n demo requests, each a
-- submission with every field filled and its sales record: the records an access report reads and a
-- deletion erases.
insert into people (id, email, address_hash, sale_sharing_opt_out, partner_consent, minor, created_at, updated_at)
values (gen_random_uuid()::text, :'email', :'hash', false, true, false, now(), now());

insert into submissions (id, person_id, source_form, categories, purposes, policy_version, collected_at, full_name,
    phone, organization, business_address, practice_specialty, provider_count, product_interest, comments, page_url,
    client_address, user_agent, partner_sharing_consent)
select gen_random_uuid()::text, p.id, 'DEMO_REQUEST',
       'BASIC_IDENTIFIERS,COMMERCIAL_INFORMATION,NETWORK_ACTIVITY,PROFESSIONAL_INFORMATION,USER_CONTENT',
       'BUSINESS_OPERATIONS,COMMUNICATING_WITH_YOU,MARKETING,PROVIDING_THE_SERVICE,REQUIRED_BY_LAW,SECURITY,WITH_CONSENT',
       '2024-06-30', now() - g * interval '1 minute', 'Bench Person', '+1 217 555 0100', 'Bench Clinic',
       '1 Main Street, Springfield, IL 62701', 'Cardiology', 4, 'Claims', 'Please call about item ' || g,
       'https://psynergybilling.com/demo', '203.0.113.7', 'Mozilla/5.0 (bench)', true
from people p, generate_series(1, :n) as g
where p.email = :'email';

insert into demo_requests (id, request_type, status, received_at, updated_at, version)
select s.id, 'DEMO', 'NEW', s.collected_at, s.collected_at, 0
from submissions s join people p on p.id = s.person_id
where p.email = :'email';
