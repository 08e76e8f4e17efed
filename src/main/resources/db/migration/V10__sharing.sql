-- Business partners that may receive name and email of people who consented (R14).
create table partners (
    id         varchar(36)  primary key,
    name       varchar(200) not null,
    created_by varchar(64)  not null,
    created_at timestamp with time zone not null
);

-- The disclosure log (R15): one row per person per export, written in the export's transaction.
-- It records who received which categories of whose data, for which purpose, and when; never the
-- values disclosed. Erasure (R20) empties whose (person_id, address_hash, submission_id) and keeps
-- the rest, which then says nothing about anyone.
create table disclosures (
    id                 varchar(36)  primary key,
    export_id          varchar(36)  not null,
    partner_id         varchar(36)  not null references partners (id),
    recipient_category varchar(40)  not null,
    categories         varchar(400) not null,
    purpose            varchar(40)  not null,
    policy_version     varchar(40)  not null,
    person_id          varchar(36),
    address_hash       varchar(64),
    submission_id      varchar(36),
    disclosed_at       timestamp with time zone not null
);
create index disclosures_person on disclosures (person_id);
create index disclosures_address_hash on disclosures (address_hash);
create index disclosures_export on disclosures (export_id);

-- The privacy officer searches the audit log by actor as well as by whose (GET /api/v1/audit).
create index audit_entries_actor on audit_entries (actor);
