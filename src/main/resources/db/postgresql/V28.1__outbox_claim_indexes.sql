-- PostgreSQL only (H2 has no partial indexes; Migrations adds this folder on PostgreSQL alone).
-- The two claim queries of the outbox (OutboxStore.DUE) read the queued messages in the order they were
-- queued, first the mail that is not a promotion, then promotions. Over the (state, next_attempt_at)
-- index both read every queued message and sorted them to take a hundred: with a campaign's ten thousand
-- queued, 2 to 4 ms of the database per claim. These indexes hold the queued messages alone, in order,
-- so a claim reads what it takes; they stay small however long the outbox's history grows.
create index outbox_messages_queued_mail on outbox_messages (created_at)
    where state = 'QUEUED' and use_code <> 'PROMOTIONAL_EMAIL';
create index outbox_messages_queued_promotions on outbox_messages (created_at)
    where state = 'QUEUED' and use_code = 'PROMOTIONAL_EMAIL';
