package com.psynergybilling.leads.people.entity;

import com.psynergybilling.leads.policy.entity.Collection;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Raised, in the transaction of an import's chunk, for the submissions the chunk stored. They are
 * written in JDBC batches, so there is no {@link SubmissionReceived} per row and no entity to read:
 * the event carries what a component passing demo requests on (webhooks) needs of each. Intake's own
 * reactions (confirmation mails) do not apply to imported leads.
 */
public record SubmissionsImported(String importId, Instant at, List<Row> rows) {

    /** One stored submission: whose, with its values and its collection record. */
    public record Row(String submissionId, String personId, String addressHash, boolean saleSharingOptOut,
                      Map<String, Object> fields, Collection collection) {
    }

    public SubmissionsImported {
        rows = List.copyOf(rows);
    }
}
