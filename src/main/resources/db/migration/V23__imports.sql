-- Imports (issue 14): a CSV of existing leads with one declared collection record for the whole
-- file, or a list of addresses for the do-not-contact list. An import is known by the SHA-256 of the
-- file's bytes (a second post of the same file answers with the first import), and its counts are
-- committed with each chunk of rows, so progress is readable while it runs and a failed import
-- resumes after the last committed line. Nothing here holds an address: errors name a line and a
-- field, never a value.
create table imports (
    id               varchar(36)  primary key,
    kind             varchar(20)  not null,
    digest           varchar(64)  not null,
    state            varchar(20)  not null,
    source_form      varchar(40),
    policy_version   varchar(40),
    collected_at     timestamp with time zone,
    purposes         varchar(400),
    consent_evidence varchar(500),
    suppression_kinds varchar(100),
    total_bytes      bigint       not null,
    rows_total       integer      not null,
    rows_read        integer      not null,
    rows_accepted    integer      not null,
    rows_refused     integer      not null,
    errors           varchar(200000),
    failure          varchar(400),
    created_by       varchar(64)  not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    finished_at      timestamp with time zone,
    constraint imports_digest unique (kind, digest)
);

-- Which import brought a submission in (null for a form posted on the site): its declared record,
-- consent evidence included, stays findable from the record (R1).
alter table submissions add column import_id varchar(36);
create index submissions_import on submissions (import_id);
