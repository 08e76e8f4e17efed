package com.psynergybilling.leads.audit.entity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The result of walking the chain: how far it holds, the first entry that does not, and the kept checkpoint's fate. */
@Schema(name = "ChainCheck")
public class ChainCheck {

    /** What became of a checkpoint the auditor passed in. */
    public enum Checkpoint {
        /** the entry it names is there, with the hash it had */
        MATCHED,
        /** the entry it names has another hash now: the chain up to it was rewritten */
        REWRITTEN,
        /** the entry it names is gone: the tail was cut off */
        TRUNCATED
    }

    @Schema(example = "1042")
    public long entries;
    @Schema(example = "true")
    public boolean intact;
    @Schema(description = "the sequence number of the first entry that fails the check, when one does")
    public Long firstBrokenSeq;
    @Schema(description = "present when a checkpoint was passed in")
    public Checkpoint checkpoint;
    @Schema(description = "the chain's head now, to keep as the next checkpoint")
    public AuditCheckpoint head;

    public static ChainCheck intact(long entries) {
        var check = new ChainCheck();
        check.entries = entries;
        check.intact = true;
        return check;
    }

    public static ChainCheck brokenAt(long entries, long seq) {
        var check = new ChainCheck();
        check.entries = entries;
        check.firstBrokenSeq = seq;
        return check;
    }

    /** The same walk, judged against a kept checkpoint as well. */
    public ChainCheck against(Checkpoint outcome, long seq) {
        checkpoint = outcome;
        if (outcome != Checkpoint.MATCHED) {
            intact = false;
            firstBrokenSeq = firstBrokenSeq == null ? seq : Math.min(firstBrokenSeq, seq);
        }
        return this;
    }
}
