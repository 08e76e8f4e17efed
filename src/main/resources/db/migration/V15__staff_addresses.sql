-- A staff member's own work address, so that a change made to their account by someone else (an
-- administrator issuing a token for them) can be told to them. Optional: existing users have none.
alter table staff_users add column email varchar(254);
