package org.csomarathon.submissions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeadlineReminderTest {

    private static final Instant DUE = Instant.parse("2027-03-24T20:59:00Z");

    private static Optional<DeadlineReminder> at(Duration before, boolean submitted) {
        return DeadlineReminder.at(DUE.minus(before), DUE, submitted);
    }

    @Test
    void twoDaysAheadATeamWithNothingHandedInGetsTheFortyEightHourReminder() {
        assertEquals(Optional.of(DeadlineReminder.HOURS_48), at(Duration.ofHours(47), false));
        assertEquals(Optional.of(DeadlineReminder.HOURS_48), at(Duration.ofHours(48), false), "exactly 48 hours before");
        assertEquals(Optional.empty(), at(Duration.ofHours(48).plusSeconds(1), false), "not yet");
    }

    @Test
    void withinThreeHoursOnlyTheMostUrgentReminderIsDue() {
        assertEquals(Optional.of(DeadlineReminder.HOURS_3), at(Duration.ofHours(3), false));
        assertEquals(Optional.of(DeadlineReminder.HOURS_3), at(Duration.ofMinutes(1), false));
        assertEquals(Optional.of(DeadlineReminder.HOURS_48), at(Duration.ofHours(3).plusSeconds(1), false));
    }

    @Test
    void aTeamThatHandedInIsNotReminded() {
        assertEquals(Optional.empty(), at(Duration.ofHours(2), true));
        assertEquals(Optional.empty(), at(Duration.ofHours(40), true));
    }

    @Test
    void nothingIsDueOnceTheDueTimeHasPassed() {
        assertEquals(Optional.empty(), at(Duration.ZERO, false));
        assertEquals(Optional.empty(), DeadlineReminder.at(DUE.plusSeconds(1), DUE, false));
    }

    @Test
    void anExtensionMovesTheReminderWithTheTeamsOwnDueTime() {
        Instant now = DUE.minus(Duration.ofHours(2));
        Instant extended = DUE.plus(Duration.ofDays(3));
        assertEquals(Optional.empty(), DeadlineReminder.at(now, extended, false), "three days left for this team");
        assertEquals(Optional.of(DeadlineReminder.HOURS_48),
                DeadlineReminder.at(extended.minus(Duration.ofHours(30)), extended, false));
    }
}
