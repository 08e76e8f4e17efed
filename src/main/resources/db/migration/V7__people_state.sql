-- What a person's record says about contacting them, kept on the person so that audiences are
-- selected in the database:
--   address_hash     keyed hash of the address (as on the do-not-contact list), to join that list
--   unsubscribed_at  the person unsubscribed from promotional email (R12)
--   erased_at        the person's data was deleted or de-identified (R20); the row keeps no address
--   minor            the person turned out to be under 18 (R4)
alter table people add column address_hash varchar(64);
alter table people add column unsubscribed_at timestamp with time zone;
alter table people add column erased_at timestamp with time zone;
alter table people add column minor boolean default false not null;
alter table people alter column email drop not null;
create index people_address_hash on people (address_hash);

-- A de-identified submission keeps its collection record (form, categories, purposes, policy
-- version, time) and loses every personal field.
alter table submissions alter column full_name drop not null;
