package org.csomarathon.review;

/**
 * Where a review is: nothing written yet, a draft only its expert sees, finished and held until
 * the assignment's feedback release time, or released to the team.
 */
public enum ReviewState {
    WAITING, DRAFT, READY, RELEASED
}
