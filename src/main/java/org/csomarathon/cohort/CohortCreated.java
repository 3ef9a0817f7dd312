package org.csomarathon.cohort;

/** A coordinator created a cohort; observed in the same transaction (the curriculum adds its modules). */
public record CohortCreated(Cohort cohort) {
}
