package com.psynergybilling.leads.marketing.entity;

import com.psynergybilling.leads.mail.entity.MailState;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A campaign's messages counted by where they stand: waiting (queued, held or on their way), of
 * which held (paused), and the finished ones; skipped ones by the guard's reason.
 */
public record MailTally(long waiting, long held, long sent, long failed, long unknown, Map<String, Long> skipped) {

    public MailTally {
        skipped = Map.copyOf(skipped);
    }

    /** From rows of (state, outcome, count). */
    public static MailTally of(List<Object[]> rows) {
        long waiting = 0;
        long held = 0;
        long sent = 0;
        long failed = 0;
        long unknown = 0;
        var skipped = new HashMap<String, Long>();
        for (Object[] row : rows) {
            long count = ((Number) row[2]).longValue();
            switch ((MailState) row[0]) {
                case QUEUED, SENDING -> waiting += count;
                case HELD -> {
                    waiting += count;
                    held += count;
                }
                case SENT -> sent += count;
                case FAILED -> failed += count;
                case UNKNOWN -> unknown += count;
                case SKIPPED -> skipped.merge(row[1] == null ? "UNKNOWN" : row[1].toString(), count, Long::sum);
            }
        }
        return new MailTally(waiting, held, sent, failed, unknown, skipped);
    }
}
