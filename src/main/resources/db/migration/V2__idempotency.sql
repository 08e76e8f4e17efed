-- Idempotency-Key of public form posts, kept 24 hours. The key is stored hashed with its endpoint;
-- the answer stored for replay holds no personal data (an id and a status).
create table idempotency_keys (
    key_hash      varchar(64)  primary key,
    request_hash  varchar(64)  not null,
    state         varchar(12)  not null,
    answer_status integer,
    answer_body   varchar(1000),
    created_at    timestamp with time zone not null
);
create index idempotency_keys_created on idempotency_keys (created_at);
