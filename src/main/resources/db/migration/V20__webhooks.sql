-- Webhooks to a CRM (issue 14). An endpoint is a service provider that receives demo requests and
-- is told of erasures and opt-outs. Its signing secret is kept as issued ("whsec_..."): the service
-- must sign with it, so it cannot be a one-way hash; it is never returned after creation.
create table webhook_endpoints (
    id          varchar(36)  primary key,
    name        varchar(200) not null,
    url         varchar(2000) not null,
    events      varchar(400) not null,
    secret      varchar(100),
    created_by  varchar(64)  not null,
    created_at  timestamp with time zone not null,
    removed_at  timestamp with time zone
);

-- The webhook outbox, written in the transaction of the change, and at the same time the log of
-- what went where (R15) and the fan-out record of erasures and opt-outs. id is the webhook-id the
-- receiver sees, the same on every attempt. payload, person_id and address_hash are personal:
-- payload is emptied when a delivery ends, and erasure (R20) empties all three on the person's
-- rows except address_hash on the person.erased notices (the keyed hash, which says that the
-- endpoints were told).
create table webhook_deliveries (
    id              varchar(40)  primary key,
    endpoint_id     varchar(36)  not null references webhook_endpoints (id),
    event           varchar(40)  not null,
    payload         varchar(16000) not null,
    person_id       varchar(36),
    address_hash    varchar(64),
    record_id       varchar(36),
    categories      varchar(400),
    purpose         varchar(40),
    policy_version  varchar(40),
    reference       varchar(100),
    state           varchar(12)  not null,
    attempts        integer      not null,
    next_attempt_at timestamp with time zone not null,
    claimed_at      timestamp with time zone,
    created_at      timestamp with time zone not null,
    last_attempt_at timestamp with time zone,
    acknowledged_at timestamp with time zone,
    last_status     integer,
    outcome         varchar(200)
);
create index webhook_deliveries_due on webhook_deliveries (state, next_attempt_at);
create index webhook_deliveries_person on webhook_deliveries (person_id);
create index webhook_deliveries_hash on webhook_deliveries (address_hash);
create index webhook_deliveries_reference on webhook_deliveries (reference);
