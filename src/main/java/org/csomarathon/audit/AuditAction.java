package org.csomarathon.audit;

/** What kind of decision an entry records; each has its name in the bundles ({@code audit.action.NAME}). */
public enum AuditAction {
    /** A coordinator's decision on an application (outcome: the decision). */
    ADMISSION,
    /** The selection results of a cohort were published (outcome: how many applications). */
    RESULTS_PUBLISHED,
    /** An expert released feedback on a team's work (outcome: accepted or needs revision). */
    WORK_REVIEWED,
    /** A coordinator counted stage 1 as completed or not, against the rules (outcome: passed or not). */
    GATE_EXCEPTION,
    /** A team got its own dates for an assignment (until: the new due time). */
    EXTENSION,
    /** An administrator changed a person's roles (outcome: the roles now). */
    ROLES_CHANGED,
    /** An administrator blocked a person's sign-in. */
    SIGN_IN_BLOCKED,
    /** An administrator allowed a person to sign in again. */
    SIGN_IN_ALLOWED,
    /** A step of a stage-2 invitation (outcome: invited, confirmed, declined, expired or withdrawn; until: the reply-by time). */
    STAGE2_INVITATION;

    public String getKey() {
        return "audit.action." + name();
    }
}
