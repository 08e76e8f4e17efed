package com.psynergybilling.leads.people.entity;

import java.time.Instant;

/**
 * Raised by the erasure (R20), in its transaction, just before every holder forgets {@code subject}:
 * the last moment to see what was passed on, and to whom, so those recipients can be told.
 * {@code cause} names the erasure's record ("privacy-request ID", the retention, a minor report).
 */
public record Erasing(DataSubject subject, String cause, Instant at) {
}
