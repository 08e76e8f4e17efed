-- Kinds of suppression. Until now one do-not-contact row meant everything at once: no promotions,
-- no partner export, no invitation; so a stranger's referral removal silently took a lead out of every
-- campaign and export. From here a row bars one kind of use, and each reader reads the kinds that
-- concern it:
--   NO_PROMOTIONS       no promotional email (unsubscribe, R12; withdrawn consent, R21)
--   NO_SALE_OR_SHARING  no partner or third-party export (GPC, R5; an opt-out request, R16)
--   NO_INVITATIONS      no referral invitation (a referral removal, R9)
-- A minor (R4) is barred from all of them. Further kinds (an undeliverable address, say) are new
-- values of the same column. The hash is kept whether or not the address belongs to anyone yet, so
-- an opt-out from a stranger binds the forms that address sends later.
create table do_not_contact_kinds (
    address_hash varchar(64) not null,
    kind         varchar(24) not null,
    reason       varchar(40) not null,
    created_at   timestamp with time zone not null,
    constraint do_not_contact_kinds_pk primary key (address_hash, kind)
);

-- Rows written before this migration say only "do not contact" and a reason, and the reason does not
-- always tell what the person asked for (a referral removal may have been posted by anyone; an
-- erasure after an opt-out does not say which opt-out). So they keep the meaning they had: every kind.
insert into do_not_contact_kinds (address_hash, kind, reason, created_at)
select address_hash, 'NO_PROMOTIONS', reason, created_at from do_not_contact;
insert into do_not_contact_kinds (address_hash, kind, reason, created_at)
select address_hash, 'NO_SALE_OR_SHARING', reason, created_at from do_not_contact;
insert into do_not_contact_kinds (address_hash, kind, reason, created_at)
select address_hash, 'NO_INVITATIONS', reason, created_at from do_not_contact;

drop table do_not_contact;
alter table do_not_contact_kinds rename to do_not_contact;

-- R14, R21: when the person last withdrew partner-sharing consent (a request, or a later form that
-- said no). Consent given again covers only the submissions collected with it, after this moment.
alter table people add column consent_withdrawn_at timestamp with time zone;

-- R9: a removal as posted, answered at once and carried out by a job, so that the answer takes the
-- same time whether or not the address is known. It holds the keyed hash of an address (a removal
-- by address) or the id of the colleague a removal link named, never an address, and lives only
-- until the job has handled it.
create table referral_removal_requests (
    id           varchar(36) primary key,
    address_hash varchar(64),
    colleague_id varchar(36),
    received_at  timestamp with time zone not null
);
create index referral_removal_requests_received on referral_removal_requests (received_at);
