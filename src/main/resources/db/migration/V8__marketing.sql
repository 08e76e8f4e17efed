-- A promotional campaign: what marketing wrote, whom it selects (by the policy's predicate at send
-- time, never a stored list of people), and how far the queueing has come. Recipients live in the
-- outbox, one message per campaign and person (message_key), so no retry or node sends twice.
create table campaigns (
    id               varchar(36)    primary key,
    name             varchar(200)   not null,
    subject          varchar(300)   not null,
    text_body        varchar(100000) not null,
    html_body        varchar(200000),
    sources          varchar(400)   not null,
    specialties      varchar(4000)  not null,
    collected_since  timestamp with time zone,
    status           varchar(12)    not null,
    queued_through   varchar(36),
    queued_all       boolean        not null,
    queued           integer        not null,
    created_by       varchar(64)    not null,
    created_at       timestamp with time zone not null,
    started_at       timestamp with time zone,
    finished_at      timestamp with time zone,
    version          bigint         not null
);
create index campaigns_status on campaigns (status);

-- The outbox by owner (a campaign's messages: progress, pause, resume), and in claiming order per
-- kind (promotions are claimed apart, at the shared rate), however many finished rows it keeps.
create index outbox_messages_reference on outbox_messages (reference, state);
create index outbox_messages_claim on outbox_messages (state, use_code, created_at);
-- Access and deletion find a person's waiting mail by address (finished messages keep none).
create index outbox_messages_recipient on outbox_messages (recipient);

-- LEADS_MAIL_RATE for all nodes together: the time (microseconds since the epoch) from which the
-- next promotional message may go, booked under this row's lock.
create table mail_rate (
    name             varchar(40) primary key,
    next_free_micros bigint      not null
);
insert into mail_rate (name, next_free_micros) values ('PROMOTIONAL', 0);
