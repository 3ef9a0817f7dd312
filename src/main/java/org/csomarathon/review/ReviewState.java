package org.csomarathon.review;

/** Where a review is: nothing written yet, a draft only its expert sees, or released to the team. */
public enum ReviewState {
    WAITING, DRAFT, RELEASED
}
