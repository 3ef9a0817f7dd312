package org.csomarathon.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A cohort's phase and the current cohort, at fixed instants (Moscow is UTC+3). */
class CohortPhaseTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    /** The product's 2027 dates: call from 1 February, stage 1 from 17 March to 24 April, stage 2 in July. */
    private static Cohort cohort(int year, boolean withStage2) {
        return new Cohort(new CohortTerms(year, "Стажировка " + year, MOSCOW, LocalDate.of(year, 2, 1),
                LocalDateTime.of(year, 3, 5, 12, 0), LocalDateTime.of(year, 3, 10, 23, 59), LocalDate.of(year, 3, 18),
                LocalDate.of(year, 3, 17), LocalDate.of(year, 4, 24),
                withStage2 ? LocalDate.of(year, 7, 5) : null, withStage2 ? LocalDate.of(year, 7, 16) : null, 30, 10, 0));
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    @Test
    void aCohortGoesThroughItsPhasesByItsOwnDatesInItsZone() {
        Cohort c = cohort(2027, true);
        assertEquals(CohortPhase.PREPARING, c.phaseAt(at("2027-01-31T20:59:59Z")), "23:59:59 on 31 January in Moscow");
        assertEquals(CohortPhase.CALL_OPEN, c.phaseAt(at("2027-01-31T21:00:00Z")), "midnight of 1 February in Moscow");
        assertEquals(CohortPhase.CALL_OPEN, c.phaseAt(at("2027-03-10T20:58:59Z")));
        assertEquals(CohortPhase.SELECTION, c.phaseAt(at("2027-03-10T20:59:00Z")), "the deadline, 23:59 in Moscow");
        assertEquals(CohortPhase.STAGE1, c.phaseAt(at("2027-03-16T21:00:00Z")), "17 March in Moscow");
        assertEquals(CohortPhase.STAGE1, c.phaseAt(at("2027-04-24T20:59:59Z")), "the last second of 24 April");
        assertEquals(CohortPhase.BETWEEN_STAGES, c.phaseAt(at("2027-04-24T21:00:00Z")));
        assertEquals(CohortPhase.STAGE2, c.phaseAt(at("2027-07-05T09:00:00Z")));
        assertEquals(CohortPhase.FINISHED, c.phaseAt(at("2027-07-16T21:00:00Z")), "17 July in Moscow");
    }

    @Test
    void withoutStage2ACohortIsFinishedWhenStage1Ends() {
        assertEquals(CohortPhase.FINISHED, cohort(2027, false).phaseAt(at("2027-04-24T21:00:00Z")));
    }

    @Test
    void applicationsAreTakenOnlyWhileTheCallIsOpen() {
        Cohort c = cohort(2027, true);
        assertFalse(c.applicationsOpenAt(at("2027-01-15T09:00:00Z")), "before the call opens");
        assertTrue(c.applicationsOpenAt(at("2027-02-15T09:00:00Z")));
        assertFalse(c.applicationsOpenAt(at("2027-03-11T09:00:00Z")), "after the deadline");
        assertFalse(c.callClosedAt(at("2027-01-15T09:00:00Z")), "a call not yet open is not closed: results wait");
    }

    @Test
    void withoutAnOpeningDayTheCallIsOpenFromTheCohortsCreation() {
        Cohort c = new Cohort(new CohortTerms(2027, "С", MOSCOW, null, null, LocalDateTime.of(2027, 3, 10, 23, 59),
                LocalDate.of(2027, 3, 18), LocalDate.of(2027, 3, 17), LocalDate.of(2027, 4, 24), null, null, 30, 10, 0));
        assertEquals(CohortPhase.CALL_OPEN, c.phaseAt(at("2020-01-01T00:00:00Z")));
        assertTrue(c.runsAt(at("2020-01-01T00:00:00Z")));
    }

    @Test
    void theCurrentCohortIsTheOneWhoseYearContainsNow() {
        Cohort last = cohort(2026, true);
        Cohort next = cohort(2027, true);
        assertEquals(Optional.of(last), Cohort.current(List.of(last, next), at("2026-04-01T09:00:00Z")));
        assertEquals(Optional.of(next), Cohort.current(List.of(last, next), at("2027-04-01T09:00:00Z")));
    }

    @Test
    void nextYearsCallOpenDuringThisYearsStage2LeavesThisYearCurrent() {
        Cohort thisYear = cohort(2026, true);
        Cohort nextYear = new Cohort(new CohortTerms(2027, "Стажировка 2027", MOSCOW, LocalDate.of(2026, 7, 1),
                LocalDateTime.of(2027, 3, 5, 12, 0), LocalDateTime.of(2027, 3, 10, 23, 59), LocalDate.of(2027, 3, 18),
                LocalDate.of(2027, 3, 17), LocalDate.of(2027, 4, 24), null, null, 30, 10, 0));
        Instant duringStage2 = at("2026-07-10T09:00:00Z");
        assertEquals(CohortPhase.STAGE2, thisYear.phaseAt(duringStage2));
        assertEquals(CohortPhase.CALL_OPEN, nextYear.phaseAt(duringStage2));
        assertEquals(Optional.of(thisYear), Cohort.current(List.of(nextYear, thisYear), duringStage2));
        assertEquals(Optional.of(nextYear), Cohort.current(List.of(nextYear, thisYear), at("2026-07-17T09:00:00Z")),
                "once this year's stage 2 is over, next year's call is what runs");
    }

    @Test
    void theProgrammeCopiedToNextYearDuringStage1DoesNotChangeTheCurrentCohort() {
        Cohort thisYear = cohort(2027, true);
        Cohort copy = new Cohort(thisYear.terms().copiedTo(2028, 364));
        Cohort copyWithoutOpening = new Cohort(new CohortTerms(2029, "Без даты", MOSCOW, null, null,
                LocalDateTime.of(2029, 3, 10, 23, 59), LocalDate.of(2029, 3, 18), LocalDate.of(2029, 3, 17),
                LocalDate.of(2029, 4, 24), null, null, 30, 10, 0));
        Instant inStage1 = at("2027-04-01T09:00:00Z");
        assertEquals(Optional.of(thisYear), Cohort.current(List.of(thisYear, copy, copyWithoutOpening), inStage1));
    }

    @Test
    void betweenYearsTheNextToStartIsCurrentAndAfterAllTheLastFinished() {
        Cohort first = cohort(2026, false);
        Cohort second = cohort(2027, false);
        assertEquals(Optional.of(second), Cohort.current(List.of(first, second), at("2026-12-01T09:00:00Z")),
                "nothing runs in December: the next to start");
        assertEquals(Optional.of(second), Cohort.current(List.of(first, second), at("2028-12-01T09:00:00Z")),
                "after both: the last finished");
        assertEquals(Optional.empty(), Cohort.current(List.of(), at("2028-12-01T09:00:00Z")));
    }

    @Test
    void theOpenCallsAreThoseTakingApplicationsNowTheOneClosingFirstFirst() {
        Cohort open = cohort(2027, false);
        Cohort openLonger = new Cohort(open.terms().copiedTo(2028, 7));
        Cohort preparing = new Cohort(open.terms().copiedTo(2029, 364));
        Cohort closed = cohort(2026, false);
        assertEquals(List.of(open, openLonger), Cohort.openCalls(List.of(openLonger, preparing, closed, open),
                at("2027-03-01T09:00:00Z")));
    }

    @Test
    void twoCohortsInStage1AtOnceGiveTheOneThatStartedFirst() {
        Cohort early = cohort(2027, false);
        Cohort late = new Cohort(early.terms().copiedTo(2028, 7));
        assertEquals(Optional.of(early), Cohort.current(List.of(late, early), at("2027-04-01T09:00:00Z")));
    }
}
