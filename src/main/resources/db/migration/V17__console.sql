-- A staff user can be disabled (refused at once by password, token and console session alike).
alter table staff_users add column disabled_at timestamp with time zone;

-- Signed-in browser sessions of the staff console. The cookie holds a random id; only its SHA-256 is
-- stored, so a copy of this table opens no session. Every node checks this table on every request.
create table console_sessions (
    id_hash      varchar(64) primary key,
    username     varchar(64) not null references staff_users (username),
    csrf_token   varchar(64) not null,
    created_at   timestamp with time zone not null,
    last_seen_at timestamp with time zone not null
);
create index console_sessions_user on console_sessions (username);
