-- Bounces and complaints (issue 14). A promotion's envelope sender names its outbox message
-- (bounces+<signed id>@...); a delivery report or complaint posted to /api/v1/mail/bounces is kept
-- here, once per message and kind of report, so a report posted twice counts once. The person's id
-- says whose (soft bounces are counted per person over 30 days); the row goes when the person is
-- erased. The address itself is never stored: what must outlive the row is the keyed hash on the
-- do-not-contact list (kinds BOUNCED and COMPLAINED, no schema change: the kind column takes them).
create table mail_reports (
    id          varchar(36) primary key,
    message_id  varchar(36) not null,
    report      varchar(12) not null,
    severity    varchar(12) not null,
    status      varchar(12),
    campaign_id varchar(36),
    person_id   varchar(36) not null,
    received_at timestamp with time zone not null,
    constraint mail_reports_once unique (message_id, report)
);
create index mail_reports_person on mail_reports (person_id, severity, received_at);

-- A campaign's progress shows how many of its messages bounced and drew a complaint: counters, so
-- that the numbers stay when the people behind them are erased.
alter table campaigns add column bounced integer default 0 not null;
alter table campaigns add column complained integer default 0 not null;
