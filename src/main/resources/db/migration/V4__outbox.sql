-- Mail goes through an outbox: written in the transaction of the business change that causes it,
-- sent by the dispatcher. message_key is unique, so no retry, restart or second node sends twice.
create table outbox_messages (
    id              varchar(36)   primary key,
    message_key     varchar(200)  not null unique,
    use_code        varchar(40)   not null,
    recipient       varchar(254),
    template        varchar(60)   not null,
    model           varchar(8000) not null,
    reference       varchar(100),
    state           varchar(12)   not null,
    attempts        integer       not null,
    next_attempt_at timestamp with time zone not null,
    claimed_at      timestamp with time zone,
    created_at      timestamp with time zone not null,
    finished_at     timestamp with time zone,
    outcome         varchar(200)
);
create index outbox_messages_due on outbox_messages (state, next_attempt_at);
