package org.csomarathon.cohort;

/**
 * A coordinator copied a cohort to a new year, every date moved by {@code shiftDays} days of the
 * cohort's calendar; observed in the same transaction (the curriculum copies its modules).
 */
public record CohortCopied(Cohort source, Cohort copy, long shiftDays) {
}
