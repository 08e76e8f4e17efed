-- Scratch table for the PostgreSQL insert ceiling of `scripts/bench intake`: one lead-like row,
-- about as wide as a row of the service's `submissions` table (see db/migration/V1__foundation.sql),
-- with a varchar(36) uuid primary key and an index on the address, as `people` has.
create table bench_ceiling (
    id                      varchar(36)   primary key,
    email                   varchar(254)  not null,
    source_form             varchar(40)   not null,
    categories              varchar(400)  not null,
    purposes                varchar(400)  not null,
    policy_version          varchar(40)   not null,
    collected_at            timestamp with time zone not null,
    full_name               varchar(200)  not null,
    organization            varchar(200),
    practice_specialty      varchar(100),
    client_address          varchar(64),
    user_agent              varchar(512),
    partner_sharing_consent boolean       not null
);
create index bench_ceiling_email on bench_ceiling (email);
