package org.csomarathon.audit;

import java.time.Instant;

/**
 * A decision someone took about a person or a team — who (null: the system), what kind, in which cohort,
 * about whom and what, its outcome, a time it set and the reason. The room that decides fires it; the
 * decision log observes it synchronously, in the same transaction, so a decision and its entry are
 * written together or not at all.
 */
public record Decided(Long actorId, AuditAction action, Long cohortId, String subject, String object, String outcome,
                       Instant until, String note) {
}
