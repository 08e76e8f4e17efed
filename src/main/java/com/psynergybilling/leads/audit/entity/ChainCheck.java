package com.psynergybilling.leads.audit.entity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The result of walking the chain: how far it holds, and the first entry that does not. */
@Schema(name = "ChainCheck")
public class ChainCheck {

    @Schema(example = "1042")
    public long entries;
    @Schema(example = "true")
    public boolean intact;
    @Schema(description = "the sequence number of the first entry that fails the check, when one does")
    public Long firstBrokenSeq;

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
}
