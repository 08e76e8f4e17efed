package com.psynergybilling.leads.audit.entity;

import java.time.Instant;

/**
 * What the privacy officer asked of the log; any part may be absent. {@code subject} is a keyed
 * address hash, as entries hold it; {@code beforeSeq} is where the previous page ended.
 */
public record AuditFilter(String subject, String actor, Instant since, Long beforeSeq) {
}
