package com.psynergybilling.leads.webhooks.entity;

import java.util.List;
import java.util.Set;

/**
 * The events an endpoint can receive. The two about a person are sent to every endpoint that
 * received the person, whether or not it listed them: a service provider must be told to delete.
 */
public final class Events {

    public static final String RECEIVED = "demo-request.received";
    public static final String UPDATED = "demo-request.updated";
    public static final String ERASED = "person.erased";
    public static final String OPTED_OUT = "person.opted-out";

    public static final List<String> ALL = List.of(RECEIVED, UPDATED, ERASED, OPTED_OUT);
    public static final Set<String> ABOUT_THE_PERSON = Set.of(ERASED, OPTED_OUT);

    private Events() {
    }
}
