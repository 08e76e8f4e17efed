package com.psynergybilling.leads.policy.control;

/** A policy file that cannot be trusted: the service must not start on it. */
public class PolicyFileException extends RuntimeException {

    public PolicyFileException(String message) {
        super(message);
    }
}
