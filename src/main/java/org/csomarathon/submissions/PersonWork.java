package org.csomarathon.submissions;

/** A person's part in an assignment's work: the person and the assignment, as the gate counts them. */
public record PersonWork(long accountId, long assignmentId) {
}
