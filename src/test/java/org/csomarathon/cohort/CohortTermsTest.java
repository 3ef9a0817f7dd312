package org.csomarathon.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.csomarathon.platform.BusinessException;
import org.junit.jupiter.api.Test;

class CohortTermsTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final LocalDateTime DEADLINE = LocalDateTime.of(2027, 3, 10, 23, 59);

    private static CohortTerms terms(LocalDateTime webinar, LocalDate results, LocalDate start, LocalDate end,
                                     int min, int seats) {
        return new CohortTerms(2027, "Стажировка 2027", MOSCOW, null, webinar, DEADLINE, results, start, end, null, null, min, seats, 0);
    }

    private static String refusal(Runnable building) {
        return assertThrows(BusinessException.class, building::run).messageKey();
    }

    @Test
    void theProductsDatesAreAccepted() {
        CohortTerms t = terms(LocalDateTime.of(2027, 3, 5, 12, 0), LocalDate.of(2027, 3, 18),
                LocalDate.of(2027, 3, 17), LocalDate.of(2027, 4, 24), 30, 10);
        assertEquals("2027-03-10T20:59:00Z", t.applicationDeadlineInstant().toString(), "23:59 in Moscow is 20:59 UTC");
    }

    @Test
    void copyToTheNextYearMovesEveryDateByTheSameDaysAndKeepsWallClockTimes() {
        CohortTerms copy = terms(LocalDateTime.of(2027, 3, 5, 12, 0), LocalDate.of(2027, 3, 18),
                LocalDate.of(2027, 3, 17), LocalDate.of(2027, 4, 24), 30, 10).copiedTo(2028, 364);
        assertEquals("Стажировка 2028", copy.name());
        assertEquals(LocalDateTime.of(2028, 3, 8, 23, 59), copy.applicationDeadline(), "still 23:59, still a Wednesday");
        assertEquals(LocalDateTime.of(2028, 3, 3, 12, 0), copy.webinar());
        assertEquals(LocalDate.of(2028, 3, 15), copy.stage1Start());
        assertEquals(LocalDate.of(2028, 4, 22), copy.stage1End());
        assertEquals(30, copy.minParticipants());
    }

    @Test
    void webinarAfterTheDeadlineIsRefused() {
        assertEquals("cohort.dates.webinarAfterDeadline", refusal(() -> terms(DEADLINE.plusMinutes(1),
                LocalDate.of(2027, 3, 18), LocalDate.of(2027, 3, 17), LocalDate.of(2027, 4, 24), 30, 10)));
    }

    @Test
    void resultsBeforeTheDeadlineAreRefused() {
        assertEquals("cohort.dates.resultsBeforeDeadline", refusal(() -> terms(null,
                LocalDate.of(2027, 3, 9), LocalDate.of(2027, 3, 17), LocalDate.of(2027, 4, 24), 30, 10)));
    }

    @Test
    void stageOneStartingOnTheDeadlineDayIsRefused() {
        assertEquals("cohort.dates.stage1BeforeDeadline", refusal(() -> terms(null,
                LocalDate.of(2027, 3, 18), LocalDate.of(2027, 3, 10), LocalDate.of(2027, 4, 24), 30, 10)));
    }

    @Test
    void stageOneEndingBeforeItStartsIsRefused() {
        assertEquals("cohort.dates.stage1EndsBeforeStart", refusal(() -> terms(null,
                LocalDate.of(2027, 3, 18), LocalDate.of(2027, 3, 17), LocalDate.of(2027, 3, 16), 30, 10)));
    }

    @Test
    void stageTwoComesAfterStageOneAndHasBothDates() {
        LocalDate start = LocalDate.of(2027, 3, 17);
        LocalDate end = LocalDate.of(2027, 4, 24);
        assertEquals("cohort.dates.stage2Incomplete", refusal(() -> new CohortTerms(2027, "С", MOSCOW, null, null, DEADLINE,
                LocalDate.of(2027, 3, 18), start, end, LocalDate.of(2027, 7, 5), null, 30, 10, 0)));
        assertEquals("cohort.dates.stage2BeforeStage1Ends", refusal(() -> new CohortTerms(2027, "С", MOSCOW, null, null, DEADLINE,
                LocalDate.of(2027, 3, 18), start, end, end, LocalDate.of(2027, 7, 16), 30, 10, 0)));
        assertEquals(LocalDate.of(2028, 7, 3), new CohortTerms(2027, "С 2027", MOSCOW, null, null, DEADLINE, LocalDate.of(2027, 3, 18),
                start, end, LocalDate.of(2027, 7, 5), LocalDate.of(2027, 7, 16), 30, 10, 0).copiedTo(2028, 364).stage2Start());
    }

    @Test
    void seatsAndSizesMustMakeSense() {
        assertEquals("cohort.minParticipants.range", refusal(() -> terms(null,
                LocalDate.of(2027, 3, 18), LocalDate.of(2027, 3, 17), LocalDate.of(2027, 4, 24), 0, 0)));
        assertEquals("cohort.stage2Seats.range", refusal(() -> terms(null,
                LocalDate.of(2027, 3, 18), LocalDate.of(2027, 3, 17), LocalDate.of(2027, 4, 24), 30, 31)));
    }

    @Test
    void requiredShareOfMeetingsIsAPercentage() {
        LocalDate start = LocalDate.of(2027, 3, 17);
        LocalDate end = LocalDate.of(2027, 4, 24);
        assertEquals(75, new CohortTerms(2027, "С", MOSCOW, null, null, DEADLINE, LocalDate.of(2027, 3, 18), start, end,
                null, null, 30, 10, 75).requiredAttendancePercent());
        assertEquals("cohort.attendance.range", refusal(() -> new CohortTerms(2027, "С", MOSCOW, null, null, DEADLINE,
                LocalDate.of(2027, 3, 18), start, end, null, null, 30, 10, 101)));
    }

    @Test
    void blankNameAndAbsurdYearAreRefused() {
        assertEquals("cohort.name.required", refusal(() -> new CohortTerms(2027, "  ", MOSCOW, null, null, DEADLINE,
                LocalDate.of(2027, 3, 18), LocalDate.of(2027, 3, 17), LocalDate.of(2027, 4, 24), null, null, 30, 10, 0)));
        assertEquals("cohort.year.range", refusal(() -> new CohortTerms(1999, "Старая", MOSCOW, null, null, DEADLINE,
                LocalDate.of(2027, 3, 18), LocalDate.of(2027, 3, 17), LocalDate.of(2027, 4, 24), null, null, 30, 10, 0)));
    }
}
