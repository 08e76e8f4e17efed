/**
 * The append-only, hash-chained audit log (R26): who did what to whose data, for which purpose and
 * when. Components raise {@link com.psynergybilling.leads.audit.entity.Audited} events; this component
 * records them in the same transaction. The privacy officer searches it (by whose, actor and time;
 * whose is found by hashing an address as entries were written) and walks its chain; a search is
 * itself an entry.
 * <p>
 * It must never store an address or a name (whose is a keyed hash), never update or delete an
 * entry, and never let an edit go unnoticed by the chain check.
 */
package com.psynergybilling.leads.audit;
