package com.psynergybilling.leads.rights.entity;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The clocks of a privacy request (R23) and the states whose laws give extra rights (R22). Business
 * days are Monday to Friday in UTC; public holidays are not counted out, so a confirm-by date is, if
 * anything, early.
 */
public final class Deadlines {

    public static final int CONFIRM_BUSINESS_DAYS = 10;
    public static final Duration ANSWER = Duration.ofDays(45);
    public static final Duration EXTENSION = Duration.ofDays(45);
    /** Residents who may act through an authorized agent (R22). */
    public static final Set<String> AGENT_STATES = Set.of("CA", "CO", "CT");
    /** Residents who may appeal, and how long we have to answer an appeal (R22). */
    static final Map<String, Duration> APPEAL_ANSWER = Map.of("CO", Duration.ofDays(45), "CT", Duration.ofDays(60),
            "VA", Duration.ofDays(60));

    private Deadlines() {
    }

    /** The date by which receipt must be confirmed: ten business days after it. */
    public static Instant confirmBy(Instant received) {
        ZonedDateTime day = received.atZone(ZoneOffset.UTC);
        int counted = 0;
        while (counted < CONFIRM_BUSINESS_DAYS) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return day.toInstant();
    }

    public static Instant dueAt(Instant received) {
        return received.plus(ANSWER);
    }

    /** When an appeal received at {@code appealed} must be answered; empty where the state gives no appeal. */
    public static Optional<Instant> appealDueAt(String state, Instant appealed) {
        return Optional.ofNullable(state).map(APPEAL_ANSWER::get).map(appealed::plus);
    }

    public static boolean mayAppeal(String state) {
        return state != null && APPEAL_ANSWER.containsKey(state);
    }

    public static boolean mayUseAgent(String state) {
        return state != null && AGENT_STATES.contains(state);
    }
}
