package com.psynergybilling.leads.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.logging.Logger;

/**
 * What happens to a body refused before any resource saw it (too deep, a member twice, malformed,
 * too large, broken off, too slow): one log line, no stack trace (a probe must not flood the log),
 * and a hit on the client's rate, so that refusals are not free. Over the rate, the answer is 429.
 */
@ApplicationScoped
public class RefusedBodies {

    private static final Logger LOG = Logger.getLogger(RefusedBodies.class.getName());

    @Inject
    ClientRate rate;

    @Inject
    ClientAddress addresses;

    /** The refusal to throw: {@code refusal} itself, or a 429 when this client has refused bodies (or posts) enough. */
    public ProblemException refuse(HttpServletRequest request, ProblemException refusal) {
        String client = addresses.of(request);
        LOG.info(() -> "Refused the body of " + request.getMethod() + " " + request.getRequestURI() + " from "
                + client + ": " + refusal.problem().status + " " + refusal.problem().detail);
        try {
            rate.admit(client);
        } catch (ProblemException overTheRate) {
            return overTheRate;
        }
        return refusal;
    }
}
