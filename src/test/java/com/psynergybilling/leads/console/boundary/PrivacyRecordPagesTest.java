package com.psynergybilling.leads.console.boundary;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.audit.entity.AuditCheckpoint;
import com.psynergybilling.leads.audit.entity.ChainCheck;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PrivacyRecordPagesTest {

    static final String HASH = "ab".repeat(32);

    @Test
    @DisplayName("R26: the console's chain check calls a walk without a kept checkpoint what it is, not proof against "
            + "a rewrite; with one it says what became of it")
    void theVerdictSaysWhatTheCheckShows() {
        var alone = ChainCheck.intact(12);
        alone.head = new AuditCheckpoint(12, HASH, null);
        String said = PrivacyRecordPages.verdict(alone);
        assertTrue(said.contains("link up") && said.contains("cannot show a rewrite") && said.contains("12:" + HASH), said);

        var matched = ChainCheck.intact(12).against(ChainCheck.Checkpoint.MATCHED, 10);
        assertTrue(PrivacyRecordPages.verdict(matched).contains("kept checkpoint's entry is there unchanged"));

        var rewritten = ChainCheck.intact(12).against(ChainCheck.Checkpoint.REWRITTEN, 10);
        String broken = PrivacyRecordPages.verdict(rewritten);
        assertTrue(broken.contains("BROKEN at entry 10") && broken.contains("rewritten"), broken);
    }
}
