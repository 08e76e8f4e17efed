package com.psynergybilling.leads.rights.entity;

import java.time.Instant;

/** A privacy request as the privacy officer sees it in the list: who, what, where it stands, its clocks. */
public record PrivacyRequestView(String id, String type, String status, String email, String fullName,
                                 String stateOfResidence, String agentName, String agentEmail,
                                 String signedPermission, String providerSite, String corrections,
                                 Instant receivedAt, Instant confirmBy, Instant dueAt, boolean extended,
                                 Instant verifiedAt, Instant decidedAt, String outcome, String exception,
                                 Instant appealedAt, Instant appealDueAt, boolean overdue) {

    public static PrivacyRequestView of(PrivacyRequest request, Instant now) {
        var who = request.requester();
        var clocks = request.clocks();
        var outcome = request.outcome();
        return new PrivacyRequestView(request.id(), request.type().name(), request.status().name(), who.email(),
                who.fullName(), who.stateOfResidence(), who.agentName(), who.agentEmail(), who.signedPermission(),
                who.providerSite(), who.corrections(), clocks.receivedAt(), clocks.confirmBy(), clocks.dueAt(),
                clocks.extendedAt() != null, clocks.verifiedAt(), outcome.decidedAt(), outcome.outcome(),
                outcome.exceptionCode(), clocks.appealedAt(), clocks.appealDueAt(), request.overdue(now));
    }
}
