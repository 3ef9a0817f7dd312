package org.csomarathon.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.csomarathon.gate.GateCheck.Attendance;
import org.csomarathon.gate.GateCheck.Decision;
import org.csomarathon.gate.GateCheck.RequiredWork;
import org.junit.jupiter.api.Test;

/** The completion gate's rule, on its own. */
class GateCheckTest {

    private static final Attendance NOT_REQUIRED = new Attendance(0, 6, 0);

    @Test
    void passesOnlyWhenEveryRequiredAssignmentIsAccepted() {
        assertTrue(GateCheck.of(List.of(new RequiredWork("План", true, false), new RequiredWork("Отчёт", true, false)), NOT_REQUIRED,
                Optional.empty()).isPassed());
        GateCheck oneMissing = GateCheck.of(List.of(new RequiredWork("План", true, false), new RequiredWork("Отчёт", false, false)),
                NOT_REQUIRED, Optional.empty());
        assertFalse(oneMissing.isPassed());
        assertEquals(1, oneMissing.getMetCount());
        assertEquals("gate.assignment.next", oneMissing.getConditions().get(1).nextStepKey(), "says what to do next");
    }

    @Test
    void withNoRequiredAssignmentsOnlyTheOtherConditionsCount() {
        GateCheck none = GateCheck.of(List.of(), NOT_REQUIRED, Optional.empty());
        assertTrue(none.isPassed());
        assertEquals("gate.noRequired", none.getConditions().get(0).key(), "the checklist says so in plain words");
        assertFalse(GateCheck.of(List.of(), new Attendance(75, 4, 2), Optional.empty()).isPassed());
    }

    @Test
    void theShareOfMeetingsIsMetAtExactlyTheRequiredPercent() {
        List<RequiredWork> done = List.of(new RequiredWork("План", true, false));
        assertTrue(GateCheck.of(done, new Attendance(75, 4, 3), Optional.empty()).isPassed(), "3 of 4 is 75 %");
        assertFalse(GateCheck.of(done, new Attendance(75, 6, 4), Optional.empty()).isPassed(), "4 of 6 is 66 %");
        assertTrue(GateCheck.of(done, new Attendance(75, 0, 0), Optional.empty()).isPassed(), "no meeting held yet");
        assertEquals(1, GateCheck.of(done, NOT_REQUIRED, Optional.empty()).getConditions().size(),
                "attendance is not a condition when the cohort does not ask for it");
    }

    @Test
    void workHandedInAndWaitingForTheExpertIsNotTheTeamsNextStep() {
        GateCheck check = GateCheck.of(List.of(new RequiredWork("План", false, true), new RequiredWork("Отчёт", false, false)),
                NOT_REQUIRED, Optional.empty());
        assertEquals(List.of("gate.assignment.waiting", "gate.assignment.next"),
                check.getConditions().stream().map(GateCheck.Condition::nextStepKey).toList());
    }

    @Test
    void aCoordinatorsExceptionDecidesEitherWay() {
        Decision pass = new Decision(true, "Болела, работы сданы позже", "Ирина", Instant.EPOCH);
        Decision fail = new Decision(false, "Работа не своя", "Ирина", Instant.EPOCH);
        List<RequiredWork> missing = List.of(new RequiredWork("План", false, false));
        List<RequiredWork> done = List.of(new RequiredWork("План", true, false));
        assertTrue(GateCheck.of(missing, NOT_REQUIRED, Optional.of(pass)).isPassed());
        assertFalse(GateCheck.of(done, NOT_REQUIRED, Optional.of(fail)).isPassed());
        assertEquals(1, GateCheck.of(missing, NOT_REQUIRED, Optional.of(pass)).getConditions().size(),
                "the conditions are still shown as they are");
    }
}
