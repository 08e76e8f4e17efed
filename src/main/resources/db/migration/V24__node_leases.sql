-- Claims on the outbox belong to a node that renews a lease. A node whose lease lapsed (killed,
-- frozen, cut off) loses its claims to any peer or to its own restart: messages it never attempted
-- go back to the queue, attempted ones it never recorded become UNKNOWN (never sent twice).
create table node_leases (
    node_id    varchar(36) primary key,
    renewed_at timestamp with time zone not null
);
-- Which node and which of its senders holds a SENDING message, and the two cheap marks each send
-- leaves: attempted just before the SMTP transaction, accepted once the server took it.
alter table outbox_messages add column claimed_by varchar(36);
alter table outbox_messages add column claim_sender integer;
alter table outbox_messages add column attempted_at timestamp with time zone;
alter table outbox_messages add column accepted_at timestamp with time zone;
