-- PostgreSQL only (H2 has no partial indexes; Migrations adds this folder on PostgreSQL alone).
-- The two claim queries of the outbox (OutboxStore.DUE) read the queued messages in the order they were
-- queued, first the mail that is not a promotion, then promotions. Over the (state, next_attempt_at)
-- index the planner took a bitmap scan: it read every index entry still marked QUEUED, including those of
-- every message claimed since the last vacuum (a bitmap scan never marks them dead), visited their heap
-- pages and sorted the rest to take a hundred. During a campaign of 20,000 that was 10 ms and 41,900
-- entries per claim (auto_explain), a third of each sender's time. These indexes hold the queued
-- messages alone, in the order a claim takes them: a claim reads what it takes, and a plain index scan
-- marks the entries of claimed messages dead as it passes them. The old index goes, so that the planner
-- cannot prefer it on stale statistics; counting the queued messages reads outbox_messages_claim.
create index outbox_messages_queued_mail on outbox_messages (created_at)
    where state = 'QUEUED' and use_code <> 'PROMOTIONAL_EMAIL';
create index outbox_messages_queued_promotions on outbox_messages (created_at)
    where state = 'QUEUED' and use_code = 'PROMOTIONAL_EMAIL';
drop index outbox_messages_due;
