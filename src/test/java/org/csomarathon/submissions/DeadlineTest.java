package org.csomarathon.submissions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The server's clock against a team's dates. */
class DeadlineTest {

    private static final Instant OPENS = Instant.parse("2027-03-17T09:00:00Z");
    private static final Instant DUE = Instant.parse("2027-03-23T20:59:00Z");
    private static final Instant CUT_OFF = Instant.parse("2027-03-25T20:59:00Z");
    private final Deadline deadline = new Deadline(OPENS, DUE, CUT_OFF, false, null);

    @Test
    void beforeOpeningNothingIsTaken() {
        assertEquals(Deadline.Verdict.NOT_OPEN, deadline.judge(OPENS.minusSeconds(1)));
    }

    @Test
    void fromOpeningUpToTheDueSecondItIsOnTime() {
        assertEquals(Deadline.Verdict.ON_TIME, deadline.judge(OPENS));
        assertEquals(Deadline.Verdict.ON_TIME, deadline.judge(DUE));
    }

    @Test
    void afterTheDueTimeItIsLateUpToTheCutOff() {
        assertEquals(Deadline.Verdict.LATE, deadline.judge(DUE.plusMillis(1)));
        assertEquals(Deadline.Verdict.LATE, deadline.judge(CUT_OFF));
    }

    @Test
    void afterTheCutOffItIsClosed() {
        assertEquals(Deadline.Verdict.CLOSED, deadline.judge(CUT_OFF.plusMillis(1)));
    }
}
