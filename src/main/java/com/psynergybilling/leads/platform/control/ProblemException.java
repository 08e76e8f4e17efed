package com.psynergybilling.leads.platform.control;

import com.psynergybilling.leads.platform.entity.Problem;
import java.time.Duration;
import java.util.Optional;

/** A refusal the caller should see as it is: thrown by controls, turned into problem+json. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;
    private final transient Duration retryAfter;

    public ProblemException(Problem problem) {
        this(problem, null);
    }

    /** A refusal the caller may retry after {@code retryAfter} (sent as Retry-After). */
    public ProblemException(Problem problem, Duration retryAfter) {
        super(problem.title, null, false, false);
        this.problem = problem;
        this.retryAfter = retryAfter;
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(new Problem("not-found", "Not found", 404, what + " does not exist."));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(new Problem("conflict", "Conflict", 409, detail));
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(new Problem("bad-request", "Bad request", 400, detail));
    }

    public Problem problem() {
        return problem;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
