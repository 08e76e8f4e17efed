package com.psynergybilling.leads.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.TestDatabase;
import com.psynergybilling.leads.audit.entity.AuditCheckpoint;
import com.psynergybilling.leads.audit.entity.Audited;
import com.psynergybilling.leads.audit.entity.ChainCheck;
import com.psynergybilling.leads.people.entity.DataSubject;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.platform.control.Digests;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AuditLogTest {

    static final String SAM = "ab".repeat(32);
    static final String JO = "cd".repeat(32);

    TestDatabase db;

    @BeforeEach
    void start() {
        db = new TestDatabase();
    }

    @AfterEach
    void stop() {
        db.close();
    }

    private void append(int count, String subject) {
        for (int i = 0; i < count; i++) {
            int n = i;
            db.inTransaction(em -> AuditWiring.log(em).append(new Audited("sam", "READ_DEMO_REQUEST", subject,
                    "PROVIDING_THE_SERVICE", "demo-request " + n)));
        }
    }

    private void append(int count) {
        append(count, SAM);
    }

    private <T> T read(Function<AuditChain, T> work) {
        var em = db.open();
        try {
            return work.apply(AuditWiring.chain(em));
        } finally {
            em.close();
        }
    }

    private ChainCheck verify() {
        return read(chain -> chain.verify(null));
    }

    private ChainCheck verify(AuditCheckpoint kept) {
        return read(chain -> chain.verify(kept));
    }

    private AuditCheckpoint checkpoint() {
        return read(chain -> chain.log.checkpoint());
    }

    private void sql(String statement) {
        db.inTransaction(em -> em.createNativeQuery(statement).executeUpdate());
    }

    private String value(String query) {
        var em = db.open();
        try {
            Object value = em.createNativeQuery(query).getSingleResult();
            return value == null ? null : value.toString();
        } finally {
            em.close();
        }
    }

    @Test
    void anUntouchedChainIsIntact() {
        assertTrue(verify().intact);
        append(5);
        var check = verify();
        assertTrue(check.intact);
        assertEquals(5, check.entries);
        assertEquals(5, check.head.seq());
    }

    @Test
    @DisplayName("R26: a chain longer than a page is walked whole, across the pages, and a break on a later page is caught")
    void aChainOfManyPagesIsWalkedWhole() {
        int count = 2 * AuditChain.PAGE + 1;
        db.inTransaction(em -> {
            var log = AuditWiring.log(em);
            for (int i = 0; i < count; i++) {
                log.append(new Audited("sam", "READ_DEMO_REQUEST", SAM, "PROVIDING_THE_SERVICE", "demo-request " + i));
            }
        });
        var kept = AuditCheckpoint.parse(checkpoint().checkpoint());
        var check = verify(kept);
        assertTrue(check.intact);
        assertEquals(count, check.entries);
        assertEquals(ChainCheck.Checkpoint.MATCHED, check.checkpoint);

        sql("update audit_entries set actor = 'mallory' where seq = " + (AuditChain.PAGE + 2));
        assertEquals((long) AuditChain.PAGE + 2, verify().firstBrokenSeq);
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

    @Test
    @DisplayName("R20: an erasure forgets the person's entries under every key of the ring, those from before a "
            + "key rotation too")
    void erasureForgetsEntriesUnderEveryKey() {
        String samUnderTheOldKey = "ef".repeat(32);
        append(1, samUnderTheOldKey);
        append(1, SAM);
        append(1, JO);
        var sam = new DataSubject(EmailAddress.of("sam@example.com"), List.of(SAM, samUnderTheOldKey), Optional.empty());
        db.inTransaction(em -> {
            var data = new AuditData();
            data.log = AuditWiring.log(em);
            assertEquals(2, data.erase(sam, Instant.now()));
        });
        assertEquals("0", value("select count(*) from audit_entries where subject in ('" + SAM + "', '"
                + samUnderTheOldKey + "')"));
        assertEquals("1", value("select count(*) from audit_entries where subject = '" + JO + "'"));
    }

    @Test
    @DisplayName("R20, R26: forgetting a person clears whose their entries are and keeps the chain intact")
    void forgettingKeepsTheChain() {
        append(2, SAM);
        append(1, JO);
        append(1, null);
        assertTrue(value("select subject_digest from audit_entries where seq = 1").matches("[0-9a-f]{64}"));
        db.inTransaction(em -> assertEquals(2, AuditWiring.log(em).forget(List.of(SAM))));
        assertEquals("0", value("select count(*) from audit_entries where subject = '" + SAM + "'"));
        assertEquals("0", value("select count(*) from audit_entries where subject is null and subject_salt is not null"));
        assertEquals("2", value("select count(*) from audit_entries where subject is null and subject_digest is not null"));
        assertEquals(JO, value("select subject from audit_entries where seq = 3"), "others stay findable");
        var check = verify();
        assertTrue(check.intact, "firstBroken " + check.firstBrokenSeq);
        assertEquals(4, check.entries);
    }

    @Test
    @DisplayName("R26: whose an entry is cannot be swapped, nor its salt dropped, while it is still known")
    void aSwappedSubjectIsCaught() {
        append(3);
        sql("update audit_entries set subject = '" + JO + "' where seq = 2");
        assertEquals(2L, verify().firstBrokenSeq);
        sql("update audit_entries set subject = '" + SAM + "', subject_salt = null where seq = 2");
        assertEquals(2L, verify().firstBrokenSeq);
    }

    @Test
    @DisplayName("R26: a tail cut off with the head moved back verifies alone, and is caught against a kept checkpoint")
    void aTruncatedTailIsCaughtByACheckpoint() {
        append(5);
        var kept = AuditCheckpoint.parse(checkpoint().checkpoint());
        String third = value("select entry_hash from audit_entries where seq = 3");
        sql("delete from audit_entries where seq > 3");
        sql("update audit_head set seq = 3, entry_hash = '" + third + "'");
        assertTrue(verify().intact, "without a checkpoint the shorter chain looks whole");
        var check = verify(kept);
        assertFalse(check.intact);
        assertEquals(ChainCheck.Checkpoint.TRUNCATED, check.checkpoint);
        assertEquals(4L, check.firstBrokenSeq);
    }

    @Test
    @DisplayName("R26: a tail rewritten with every hash recomputed verifies alone, and is caught against a kept checkpoint")
    void aRewrittenTailIsCaughtByACheckpoint() {
        append(5);
        var kept = AuditCheckpoint.parse(checkpoint().checkpoint());
        String second = value("select entry_hash from audit_entries where seq = 2");
        sql("delete from audit_entries where seq > 2");
        sql("update audit_head set seq = 2, entry_hash = '" + second + "'");
        append(3, JO); // the writer's own entries 3 to 5, correctly chained
        assertTrue(verify().intact, "without a checkpoint the rewritten chain looks whole");
        var check = verify(kept);
        assertFalse(check.intact);
        assertEquals(ChainCheck.Checkpoint.REWRITTEN, check.checkpoint);
        assertEquals(5L, check.firstBrokenSeq);

        var older = verify(new AuditCheckpoint(2, second, null));
        assertTrue(older.intact, "a checkpoint before the rewrite still matches");
        assertEquals(ChainCheck.Checkpoint.MATCHED, older.checkpoint);
    }

    @Test
    @DisplayName("R26: a checkpoint is seq:hash, nothing else")
    void checkpointsParse() {
        var parsed = AuditCheckpoint.parse("12:" + "a".repeat(64));
        assertEquals(12, parsed.seq());
        assertEquals("a".repeat(64), parsed.entryHash());
        assertNull(AuditCheckpoint.parse("12:" + "A".repeat(64)));
        assertNull(AuditCheckpoint.parse("12"));
        assertNull(AuditCheckpoint.parse("-1:" + "a".repeat(64)));
        assertNull(AuditCheckpoint.parse(null));
    }

    /** Writes entries as the code before chain version 2 did: hashed over the subject itself. */
    private void versionOne(int count) {
        String previous = AuditLog.GENESIS;
        for (int seq = 1; seq <= count; seq++) {
            String at = "2026-01-0" + seq + "T00:00:00Z";
            String subject = seq == 2 ? null : SAM;
            String hash = Digests.sha256(new StringJoiner("\u001f").add(previous).add(Integer.toString(seq)).add(at)
                    .add("sam").add("READ_DEMO_REQUEST").add(String.valueOf(subject)).add("PROVIDING_THE_SERVICE")
                    .add("demo-request " + seq).toString());
            sql("insert into audit_entries (seq, occurred_at, actor, action, subject, purpose, detail, previous_hash,"
                    + " entry_hash) values (" + seq + ", timestamp with time zone '" + at.replace("T", " ").replace("Z", "+00")
                    + "', 'sam', 'READ_DEMO_REQUEST', " + (subject == null ? "null" : "'" + subject + "'")
                    + ", 'PROVIDING_THE_SERVICE', 'demo-request " + seq + "', '" + previous + "', '" + hash + "')");
            previous = hash;
        }
        sql("update audit_head set seq = " + count + ", entry_hash = '" + previous + "'");
    }

    @Test
    @DisplayName("R26: entries from before version 2 verify the old way, and are re-chained once so they can be forgotten")
    void versionOneEntriesAreVerifiedThenUpgraded() {
        versionOne(3);
        assertEquals("1", value("select min(chain_version) from audit_entries"), "the migration's default");
        assertTrue(verify().intact);
        append(1);
        assertTrue(verify().intact, "a version 2 entry links behind version 1 ones");
        db.inTransaction(em -> assertEquals(0, AuditWiring.log(em).forget(List.of(SAM)) - 1,
                "only the version 2 entry can be forgotten before the upgrade"));

        db.inTransaction(em -> assertEquals(4, AuditWiring.chain(em).upgrade()));
        assertEquals("2", value("select min(chain_version) from audit_entries"));
        assertTrue(verify().intact);
        db.inTransaction(em -> assertEquals(2, AuditWiring.log(em).forget(List.of(SAM))));
        assertEquals("0", value("select count(*) from audit_entries where subject is not null"));
        assertTrue(verify().intact);
        db.inTransaction(em -> assertEquals(0, AuditWiring.chain(em).upgrade(), "once"));
    }

    @Test
    @DisplayName("R26: a broken chain from before version 2 is not re-chained, so the break stays visible")
    void aBrokenVersionOneChainStaysAsItIs() {
        versionOne(3);
        sql("update audit_entries set actor = 'mallory' where seq = 2");
        db.inTransaction(em -> assertEquals(0, AuditWiring.chain(em).upgrade()));
        assertEquals("1", value("select max(chain_version) from audit_entries"));
        assertEquals(2L, verify().firstBrokenSeq);
    }
}
