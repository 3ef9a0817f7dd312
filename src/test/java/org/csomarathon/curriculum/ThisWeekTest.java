package org.csomarathon.curriculum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.csomarathon.platform.WebLink;
import org.junit.jupiter.api.Test;

class ThisWeekTest {

    private static final Instant WEEK1 = Instant.parse("2027-03-16T21:00:00Z");
    private static final List<WeeklyModule> MODULES = List.of(
            new WeeklyModule(null, 1, "Брендинг", WEEK1),
            new WeeklyModule(null, 2, "Медиаресурсы", WEEK1.plus(Duration.ofDays(7))),
            new WeeklyModule(null, 3, "Сайты", WEEK1.plus(Duration.ofDays(14))));
    private static final ExpertMeeting MEETING = new ExpertMeeting(null, WEEK1.plus(Duration.ofDays(9)), 90, null,
            new WebLink("https://meet.example.org/w2"));

    @Test
    void beforeTheMarathonNothingIsCurrentAndTheFirstWeekIsNext() {
        ThisWeek week = ThisWeek.of(MODULES, List.of(MEETING), WEEK1.minusSeconds(60));
        assertTrue(week.current().isEmpty());
        assertEquals("Брендинг", week.next().orElseThrow().getTitle());
    }

    @Test
    void inTheSecondWeekItsModuleIsCurrentAndTheThirdIsNext() {
        ThisWeek week = ThisWeek.of(MODULES, List.of(MEETING), WEEK1.plus(Duration.ofDays(8)));
        assertEquals("Медиаресурсы", week.current().orElseThrow().getTitle());
        assertEquals("Сайты", week.next().orElseThrow().getTitle());
        assertEquals(MEETING, week.nextMeeting().orElseThrow());
    }

    @Test
    void aMeetingUnderWayIsStillTheNextOneUntilItEnds() {
        Instant during = MEETING.getStartsAt().plus(Duration.ofMinutes(89));
        assertEquals(MEETING, ThisWeek.of(MODULES, List.of(MEETING), during).nextMeeting().orElseThrow());
        assertTrue(ThisWeek.of(MODULES, List.of(MEETING), during.plus(Duration.ofMinutes(2))).nextMeeting().isEmpty());
    }
}
