-- A referral waits for its referrer: the invitations go only once the referrer follows the link mailed
-- to the referrer's own address, before confirm_by. Referrals made before this migration were sent at
-- once, so they count as confirmed.
alter table referrals add column confirm_by timestamp with time zone;
alter table referrals add column confirmed_at timestamp with time zone;
alter table referrals add column expired_at timestamp with time zone;
update referrals set confirmed_at = created_at;
create index referrals_confirm_by on referrals (confirm_by);

-- The colleagues of a referral that waits for its referrer's confirmation: referral-only data (R6),
-- kept until the confirmation moves them on to referred_colleagues (the one invitation, R7) or the
-- link expires. The address hash is not unique here: an unconfirmed referral must not use up the
-- colleague's one invitation.
create table pending_colleagues (
    id             varchar(36)  primary key,
    referral_id    varchar(36)  not null references referrals (id),
    address_hash   varchar(64)  not null,
    name           varchar(200) not null,
    email          varchar(254) not null,
    source_form    varchar(40)  not null,
    categories     varchar(400) not null,
    purposes       varchar(400) not null,
    policy_version varchar(40)  not null,
    collected_at   timestamp with time zone not null
);
create index pending_colleagues_referral on pending_colleagues (referral_id);
create index pending_colleagues_hash on pending_colleagues (address_hash);

-- How many colleagues one referrer address (a keyed hash) named in its current 24-hour window: the
-- daily cap holds across nodes because each post locks this row.
create table referrer_quotas (
    referrer_hash varchar(64) primary key,
    window_start  timestamp with time zone not null,
    colleagues    integer not null
);
create index referrer_quotas_window on referrer_quotas (window_start);
