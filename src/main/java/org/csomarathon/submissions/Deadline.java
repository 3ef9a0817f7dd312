package org.csomarathon.submissions;

import java.time.Instant;

/**
 * A team's dates for one assignment: the assignment's own, or those of the team's extension.
 * Judges a moment by the server's clock: before opening, on time, late, or past the cut-off.
 */
public record Deadline(Instant opensAt, Instant dueAt, Instant cutOffAt, boolean extended, String reason) {

    public enum Verdict { NOT_OPEN, ON_TIME, LATE, CLOSED }

    public Verdict judge(Instant now) {
        if (now.isBefore(opensAt)) {
            return Verdict.NOT_OPEN;
        }
        if (!now.isAfter(dueAt)) {
            return Verdict.ON_TIME;
        }
        return now.isAfter(cutOffAt) ? Verdict.CLOSED : Verdict.LATE;
    }
}
