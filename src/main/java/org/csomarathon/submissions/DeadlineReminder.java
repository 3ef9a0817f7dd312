package org.csomarathon.submissions;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Which deadline reminder a team is due at a moment: the most urgent of 48 hours and 3 hours
 * whose window holds the team's own due time, and none once the team has handed something in
 * or the due time has passed.
 */
public enum DeadlineReminder {
    HOURS_3(Duration.ofHours(3)), HOURS_48(Duration.ofHours(48));

    private final Duration window;

    DeadlineReminder(Duration window) {
        this.window = window;
    }

    public static Optional<DeadlineReminder> at(Instant now, Instant teamDue, boolean submitted) {
        if (submitted || !teamDue.isAfter(now)) {
            return Optional.empty();
        }
        for (DeadlineReminder r : values()) {
            if (!teamDue.isAfter(now.plus(r.window))) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The widest window: due times further away need no reminder yet. */
    static Duration widest() {
        return HOURS_48.window;
    }

    public long hours() {
        return window.toHours();
    }
}
