-- Erasure that forgets (R20) without breaking the audit chain (R26).
--
-- Audit entries of chain version 2 are hashed over a per-entry digest of whose they are
-- (SHA-256 of a random salt and the keyed address hash) instead of the keyed hash itself. Erasing
-- a person clears subject and salt: the digest stays, so the chain still verifies, and without its
-- salt the digest leads to nobody. Version 1 entries (written before this migration) are hashed
-- over the subject; the service re-chains them once as version 2 at start when they verify intact.
alter table audit_entries add column chain_version integer default 1 not null;
alter table audit_entries add column subject_salt varchar(32);
alter table audit_entries add column subject_digest varchar(64);

-- Of a privacy request the record-keeping duty needs the type, the dates and the outcome, not
-- who asked: erasure clears the keyed hash too.
alter table privacy_requests alter column address_hash drop not null;

-- A legal hold's reason is a code and a reference (a matter or ticket number), not free text.
-- Existing reasons become the reference of code OTHER_LEGAL_OBLIGATION. Once the hold is released
-- and the person erased, the row keeps no hash and no reference.
alter table legal_holds add column reason_code varchar(40) default 'OTHER_LEGAL_OBLIGATION' not null;
alter table legal_holds add column reference varchar(100);
update legal_holds set reference = substring(reason from 1 for 100);
alter table legal_holds drop column reason;
alter table legal_holds alter column address_hash drop not null;
