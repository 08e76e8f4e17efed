-- Addresses we must never contact again, kept only as keyed hashes (HMAC-SHA256 with LEADS_SECRET),
-- so that deleting a person does not forget their opt-out.
create table do_not_contact (
    address_hash varchar(64) primary key,
    reason       varchar(40) not null,
    created_at   timestamp with time zone not null
);

-- A referral: who referred (their own submission, under the referrer form) and when.
create table referrals (
    id                     varchar(36) primary key,
    referrer_submission_id varchar(36) not null references submissions (id),
    created_at             timestamp with time zone not null
);

-- A referred colleague: referral-only data (R6). The unique keyed hash makes a second invitation
-- of one address impossible (R7); name and email are deleted on removal (R9) and after the
-- retention (R10), and the hash stays.
create table referred_colleagues (
    id                   varchar(36)  primary key,
    referral_id          varchar(36)  not null references referrals (id),
    address_hash         varchar(64)  not null unique,
    name                 varchar(200),
    email                varchar(254),
    source_form          varchar(40)  not null,
    categories           varchar(400) not null,
    purposes             varchar(400) not null,
    policy_version       varchar(40)  not null,
    collected_at         timestamp with time zone not null,
    invitation_queued_at timestamp with time zone,
    removed_at           timestamp with time zone,
    erased_at            timestamp with time zone
);
create index referred_colleagues_queued on referred_colleagues (invitation_queued_at);
