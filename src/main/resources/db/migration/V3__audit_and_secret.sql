-- Settings shared by every node; holds the generated LEADS_SECRET when none is configured.
create table settings (
    name  varchar(64)  primary key,
    setting_value varchar(400) not null
);

-- The append-only, hash-chained audit log (R26). "Whose" is a keyed hash of the address, never
-- the address; each entry's hash covers the previous entry's hash, so an edit breaks the chain.
create table audit_entries (
    seq           bigint       primary key,
    occurred_at   timestamp with time zone not null,
    actor         varchar(64)  not null,
    action        varchar(40)  not null,
    subject       varchar(64),
    purpose       varchar(40),
    detail        varchar(400),
    previous_hash varchar(64)  not null,
    entry_hash    varchar(64)  not null
);
create index audit_entries_subject on audit_entries (subject);

-- The chain's head: appenders lock this one row, so entries get consecutive numbers on any node.
create table audit_head (
    id         integer     primary key,
    seq        bigint      not null,
    entry_hash varchar(64) not null
);
insert into audit_head (id, seq, entry_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
