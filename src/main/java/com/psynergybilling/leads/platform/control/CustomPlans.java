package com.psynergybilling.leads.platform.control;

import jakarta.persistence.EntityManager;

/**
 * PostgreSQL keeps a generic plan for a prepared statement once its first few runs cost no less,
 * and keeps it until the table is analysed again. A queue table analysed while nearly empty (a new
 * install, a quiet night) then fills with a campaign: its claim query goes on scanning the whole
 * table on every claim until autovacuum gets round to it (measured here: 10 to 27 ms a claim, a third
 * of the send rate). A claim planned for the table as it is costs a fraction of a millisecond more.
 */
public final class CustomPlans {

    private static final boolean ON_POSTGRES = DatabaseConfigSource.onPostgres();

    private CustomPlans() {
    }

    /** Statements of the caller's transaction are planned for their values and the table as it is now. */
    public static void forThisTransaction(EntityManager em) {
        if (ON_POSTGRES) {
            em.createNativeQuery("SELECT set_config('plan_cache_mode', 'force_custom_plan', true)").getSingleResult();
        }
    }
}
