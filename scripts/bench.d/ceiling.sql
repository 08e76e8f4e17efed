-- pgbench transaction for `scripts/bench intake`: one lead-like row per transaction (autocommit).
\set n random(1, 2000000000)
insert into bench_ceiling (id, email, source_form, categories, purposes, policy_version, collected_at,
    full_name, organization, practice_specialty, client_address, user_agent, partner_sharing_consent)
values (gen_random_uuid()::text, 'bench-ceiling-' || :client_id || '-' || :n || '@example.com', 'DEMO_REQUEST',
    'BASIC_IDENTIFIERS,PROFESSIONAL_INFORMATION',
    'PROVIDING_THE_SERVICE,BUSINESS_OPERATIONS,COMMUNICATING_WITH_YOU,MARKETING',
    '2024-06-30', now(), 'Bench Person', 'Bench Clinic', null, '127.0.0.1', 'wrk', false);
