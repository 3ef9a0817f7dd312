package org.csomarathon.submissions;

/** Where a team is with an assignment, as the team page and the coordinator show it. */
public enum WorkStatus {
    NOT_STARTED, DRAFT, SUBMITTED, LATE, NEEDS_REVISION, ACCEPTED;

    /** The message key of the status's name. */
    public String getKey() {
        return "submission.status." + name();
    }
}
