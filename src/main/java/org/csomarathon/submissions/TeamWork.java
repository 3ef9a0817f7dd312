package org.csomarathon.submissions;

/** A team's piece of work: a (team, assignment) pair, as sets and maps of a cohort's work hold it. */
public record TeamWork(long teamId, long assignmentId) {
}
