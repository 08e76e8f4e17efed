/**
 * The append-only, hash-chained audit log (R26): who did what to whose data, for which purpose and
 * when. Components raise {@link com.psynergybilling.leads.audit.entity.Audited} events; this component
 * records them in the same transaction. The privacy officer searches it (by whose, actor and time;
 * whose is found by hashing an address as entries were written), walks its chain, and keeps
 * checkpoints of its head outside the database, against which the walk catches a rewritten or cut-off
 * tail; a search is itself an entry.
 * <p>
 * It must never store an address or a name (whose is a keyed hash), never delete an entry, and never
 * change one except to forget whose it is when that person is erased (R20): the chain covers a salted
 * digest of whose, not whose, so forgetting leaves it verifiable and no other edit goes unnoticed.
 */
package com.psynergybilling.leads.audit;
