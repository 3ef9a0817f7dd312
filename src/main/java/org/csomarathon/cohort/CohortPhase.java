package org.csomarathon.cohort;

/**
 * Where a cohort is in its year, derived from its dates and the clock ({@link Cohort#phaseAt}), in
 * the order a cohort goes through them.
 */
public enum CohortPhase {
    /** Its call has not opened yet. */
    PREPARING,
    /** People apply until the deadline. */
    CALL_OPEN,
    /** The call is closed; reviewers score and the coordinator decides until stage 1 starts. */
    SELECTION,
    /** The online marathon. */
    STAGE1,
    /** Stage 1 is over and stage 2 has not begun. */
    BETWEEN_STAGES,
    /** The face-to-face programme. */
    STAGE2,
    /** Everything is over: the graduates are alumni. */
    FINISHED;

    /**
     * Which of several cohorts running at once a page with no cohort named shows: the one with the
     * most people at work in it now (stage 1, then stage 2, then the weeks between, then selection,
     * then an open call, then one being prepared).
     */
    int precedence() {
        return switch (this) {
            case STAGE1 -> 0;
            case STAGE2 -> 1;
            case BETWEEN_STAGES -> 2;
            case SELECTION -> 3;
            case CALL_OPEN -> 4;
            case PREPARING -> 5;
            case FINISHED -> 6;
        };
    }
}
