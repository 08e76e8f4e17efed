-- `scripts/bench mail`: :n QUEUED referral invitations, straight into the outbox in one transaction,
-- each with its own message key and a model the referral-invitation template fills.
insert into outbox_messages (id, message_key, use_code, recipient, template, model, reference, state,
    attempts, next_attempt_at, created_at)
select gen_random_uuid()::text,
       'bench-invitation:' || g,
       'REFERRAL_INVITATION',
       'colleague-' || g || '@example.com',
       'referral-invitation',
       json_build_object('referrerName', 'Bench Referrer', 'colleagueName', 'Colleague ' || g,
                         'removeUrl', 'http://localhost:8080/referrals/remove?token=bench-' || g)::text,
       null, 'QUEUED', 0, now(), now() + g * interval '1 microsecond'
from generate_series(1, :n) as g;
