package com.psynergybilling.leads.rights.entity;

import java.util.EnumSet;
import java.util.Set;

/** Where a privacy request stands. */
public enum PrivacyRequestStatus {
    /** Received; nothing happens until the requester follows the link sent to the address (R17). */
    PENDING_VERIFICATION,
    /** The link expired unused: nothing was done, and the requester's details are gone. */
    UNVERIFIED,
    /** Verified, and waiting for the privacy officer (an authorized agent's request, R22). */
    AWAITING_DECISION,
    /** About data a healthcare-provider customer controls: the requester was sent to them (R24). */
    REFERRED_TO_PROVIDER,
    FULFILLED,
    DENIED,
    /** The requester appealed the decision (R22). */
    APPEALED,
    APPEAL_FULFILLED,
    APPEAL_DENIED,
    /**
     * Closed unanswered because the person's data was erased while it waited (their own deletion, a
     * minor report, or the retention, R27); the requester got a letter saying so.
     */
    SUPERSEDED;

    /** Statuses whose request still waits for an answer; their due date can pass. */
    public static final Set<PrivacyRequestStatus> OPEN =
            EnumSet.of(PENDING_VERIFICATION, AWAITING_DECISION);

    /** Statuses a decision may end, by the privacy officer. */
    public static final Set<PrivacyRequestStatus> DECIDABLE =
            EnumSet.of(PENDING_VERIFICATION, AWAITING_DECISION, APPEALED);
}
