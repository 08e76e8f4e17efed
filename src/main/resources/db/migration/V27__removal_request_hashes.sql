-- R9: a removal by address keeps the address's keyed hash under every key of the ring, the current
-- one first, space-separated (64 hex digits a key, as many keys as are configured). A colleague, a
-- pending referral or a legal hold stored under another key than the rest is then found all the same.
-- address_hash stays, holding the current key's hash, while nodes of the previous release may still
-- run beside this one (a rolling deploy): each reads what the other writes.
alter table referral_removal_requests add column address_hashes varchar;
update referral_removal_requests set address_hashes = address_hash;
