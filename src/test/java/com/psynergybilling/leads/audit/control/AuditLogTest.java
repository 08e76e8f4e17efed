package com.psynergybilling.leads.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.TestDatabase;
import com.psynergybilling.leads.audit.entity.Audited;
import com.psynergybilling.leads.audit.entity.ChainCheck;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AuditLogTest {

    TestDatabase db;
    AuditLog log;

    @BeforeEach
    void start() {
        db = new TestDatabase();
        log = new AuditLog();
    }

    @AfterEach
    void stop() {
        db.close();
    }

    private void append(int count) {
        for (int i = 0; i < count; i++) {
            int n = i;
            db.inTransaction(em -> {
                log.em = em;
                log.append(new Audited("sam", "READ_DEMO_REQUEST", "ab".repeat(32), "PROVIDING_THE_SERVICE",
                        "demo-request " + n));
            });
        }
    }

    private ChainCheck verify() {
        var em = db.open();
        try {
            log.em = em;
            return log.verify();
        } finally {
            em.close();
        }
    }

    private void sql(String statement) {
        db.inTransaction(em -> em.createNativeQuery(statement).executeUpdate());
    }

    @Test
    void anUntouchedChainIsIntact() {
        assertTrue(verify().intact);
        append(5);
        var check = verify();
        assertTrue(check.intact);
        assertEquals(5, check.entries);
    }

    @Test
    @DisplayName("R26: an entry edited with SQL is caught, and the first broken link is named")
    void anEditIsCaught() {
        append(5);
        sql("update audit_entries set actor = 'mallory' where seq = 3");
        var check = verify();
        assertFalse(check.intact);
        assertEquals(3L, check.firstBrokenSeq);
    }

    @Test
    @DisplayName("R26: a deleted entry, or one rewritten with a fresh hash, breaks the chain")
    void deletionsAndRehashingAreCaught() {
        append(4);
        sql("delete from audit_entries where seq = 2");
        assertEquals(2L, verify().firstBrokenSeq);

        sql("delete from audit_entries");
        sql("update audit_head set seq = 0, entry_hash = '" + AuditLog.GENESIS + "'");
        append(3);
        // a forger who recomputes the hash of the row he edits still breaks the link of the next one
        sql("update audit_entries set detail = 'forged', entry_hash = '" + "f".repeat(64) + "' where seq = 1");
        assertEquals(1L, verify().firstBrokenSeq);
    }

    @Test
    void removingTheLastEntryIsCaughtByTheHead() {
        append(3);
        sql("delete from audit_entries where seq = 3");
        assertEquals(3L, verify().firstBrokenSeq);
    }
}
