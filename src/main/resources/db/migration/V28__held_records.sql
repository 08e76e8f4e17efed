-- R20: when a legal hold keeps a person's data from an erasure (their deletion request, the retention
-- rule, a minor report), the records it keeps serve that legal obligation only. restricted_at marks
-- each submission kept that way: sales, webinar registrant lists, promotional email and partner
-- exports skip it. Records collected later are new records and are not restricted.
alter table submissions add column restricted_at timestamp with time zone;
