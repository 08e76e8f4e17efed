package com.psynergybilling.leads.platform.control;

import com.psynergybilling.leads.platform.entity.Problem;

/** A refusal the caller should see as it is: thrown by controls, turned into problem+json. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.title, null, false, false);
        this.problem = problem;
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
}
