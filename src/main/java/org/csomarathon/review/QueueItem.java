package org.csomarathon.review;

import java.time.Duration;
import java.time.Instant;

/** A line of an expert's queue: what waits, since when, and for whom. Read in one statement per page. */
public record QueueItem(Long reviewId, Long versionId, String team, String assignment, Integer versionNumber, Instant submittedAt,
                        Boolean late, ReviewState state, String expert) {

    /** How long the team has been waiting, in whole hours. */
    public long waitingHours(Instant now) {
        return Duration.between(submittedAt, now).toHours();
    }
}
