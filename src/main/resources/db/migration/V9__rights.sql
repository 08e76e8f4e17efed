-- Privacy requests (R17 to R24). The requester's data carries its collection record (R1) under the
-- policy's PRIVACY_REQUEST form. Nothing here is looked up before verification: a request of an
-- unknown address is stored exactly as one of a known address. On the person's erasure the
-- personal columns are nulled and the record of the request (type, times, outcome, hash) stays.
create table privacy_requests (
    id                 varchar(36)   primary key,
    request_type       varchar(30)   not null,
    status             varchar(30)   not null,
    address_hash       varchar(64)   not null,
    email              varchar(254),
    full_name          varchar(200),
    state_of_residence varchar(2),
    corrections        varchar(4000),
    agent_name         varchar(200),
    agent_email        varchar(254),
    signed_permission  varchar(4000),
    provider_site      varchar(200),
    source_form        varchar(40)   not null,
    categories         varchar(400)  not null,
    purposes           varchar(400)  not null,
    policy_version     varchar(40)   not null,
    collected_at       timestamp with time zone not null,
    received_at        timestamp with time zone not null,
    confirm_by         timestamp with time zone not null,
    due_at             timestamp with time zone not null,
    extended_at        timestamp with time zone,
    extension_reason   varchar(1000),
    verified_at        timestamp with time zone,
    decided_at         timestamp with time zone,
    outcome            varchar(20),
    exception_code     varchar(40),
    decision_message   varchar(2000),
    decided_by         varchar(64),
    appealed_at        timestamp with time zone,
    appeal_reason      varchar(2000),
    appeal_due_at      timestamp with time zone,
    erased_at          timestamp with time zone
);
create index privacy_requests_hash on privacy_requests (address_hash, request_type);
create index privacy_requests_status on privacy_requests (status, due_at);

-- A legal hold blocks the deletion of one address's data (R20). Kept by keyed hash, never the address.
create table legal_holds (
    id           varchar(36)   primary key,
    address_hash varchar(64)   not null,
    reason       varchar(1000) not null,
    placed_by    varchar(64)   not null,
    placed_at    timestamp with time zone not null,
    released_by  varchar(64),
    released_at  timestamp with time zone
);
create index legal_holds_hash on legal_holds (address_hash);

-- An optional attachment of an outbox message (an access report's data, R18); cleared, like the
-- recipient and the model, once the message is finished.
alter table outbox_messages add column attachment_name varchar(100);
alter table outbox_messages add column attachment text;
