package org.csomarathon.submissions;

/**
 * A team submitted a new version; observed in the same transaction (review puts it in an
 * expert's queue), so there is never a version without its review or the other way round.
 */
public record VersionSubmitted(SubmissionVersion version, long teamId, long assignmentId) {
}
