package com.psynergybilling.leads.platform.boundary;

import com.psynergybilling.leads.platform.control.DatabaseOutage;
import com.psynergybilling.leads.platform.control.ErrorResponses;
import com.psynergybilling.leads.platform.control.QuietLog;
import com.psynergybilling.leads.platform.entity.Problem;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The database out of reach is a 503 with Retry-After, answered as soon as the bounded pool wait or
 * the driver's connect timeout gives up, never a 500 after a long hang; so is a transaction the
 * database broke off to resolve a deadlock. Nothing was committed, so
 * the client may post again as it is.
 */
final class DatabaseOutageMapper {

    /** A line every ten seconds at most: an outage under load answers hundreds of requests a second. */
    private static final QuietLog LOG = new QuietLog(Logger.getLogger(DatabaseOutageMapper.class.getName()),
            Duration.ofSeconds(10));
    static final String RETRY_AFTER_SECONDS = "5";

    private DatabaseOutageMapper() {
    }

    /** The database answers again: the outage's held-back 503s are counted in a last line. */
    static void databaseAnswers() {
        LOG.ended("The database answers again");
    }

    static Optional<Response> answer(Throwable failure, ErrorResponses responses, HttpHeaders headers) {
        boolean outage = DatabaseOutage.recognises(failure);
        if (!outage && !DatabaseOutage.brokenOff(failure)) {
            return Optional.empty();
        }
        LOG.warning("Answered 503: " + (outage ? "the database is out of reach" : "the database broke the"
                + " transaction off (a deadlock or a serialization conflict)") + " (" + DatabaseOutage.describe(failure) + ")");
        var problem = new Problem("unavailable", "Service unavailable", 503,
                "We cannot take this right now. Nothing was stored; please try again in a moment.");
        return Optional.of(Response.fromResponse(responses.of(problem, headers))
                .header("Retry-After", RETRY_AFTER_SECONDS).build());
    }
}
