package org.csomarathon.gate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a participant passes stage 1, and why, computed from the records every time it is asked
 * (never a stored flag that could drift): every required assignment accepted for a team the
 * participant was in when the accepted version was sent, and, when the cohort asks for it, the
 * share of held meetings attended. A coordinator's exception, with its reason, decides over both.
 */
public final class GateCheck {

    /**
     * A required assignment, whether it was accepted for the participant, and whether their team's newest
     * version of it waits for the expert (then the next step is the expert's, not the team's).
     */
    public record RequiredWork(String title, boolean accepted, boolean waiting) {
    }

    /**
     * The meetings held so far and those the participant attended, against the cohort's share
     * (0: not required). With no meeting held yet there is nothing to miss.
     */
    public record Attendance(int requiredPercent, int held, int attended) {

        public boolean met() {
            return attended * 100L >= (long) requiredPercent * held;
        }

        int percent() {
            return held == 0 ? 100 : attended * 100 / held;
        }
    }

    /** A coordinator's exception over the rules (pass or fail), with its reason, who and when. */
    public record Decision(boolean passed, String reason, String recordedBy, Instant recordedAt) {
    }

    /** One line of the checklist: a message key with its arguments, met or not, and what to do next. */
    public record Condition(String key, List<Object> arguments, boolean met, String nextStepKey) {
    }

    private final List<Condition> conditions;
    private final Optional<Decision> decision;

    private GateCheck(List<Condition> conditions, Optional<Decision> decision) {
        this.conditions = List.copyOf(conditions);
        this.decision = decision;
    }

    public static GateCheck of(List<RequiredWork> work, Attendance attendance, Optional<Decision> decision) {
        List<Condition> conditions = new ArrayList<>();
        if (work.isEmpty()) {
            conditions.add(new Condition("gate.noRequired", List.of(), true, null));
        }
        for (RequiredWork w : work) {
            conditions.add(new Condition("gate.assignment", List.of(w.title()), w.accepted(),
                    w.waiting() ? "gate.assignment.waiting" : "gate.assignment.next"));
        }
        if (attendance.requiredPercent() > 0) {
            conditions.add(new Condition("gate.attendance", List.of(attendance.attended(), attendance.held(),
                    attendance.requiredPercent(), attendance.percent()), attendance.met(), "gate.attendance.next"));
        }
        return new GateCheck(conditions, decision);
    }

    /** Passed: by the coordinator's exception if there is one, else by every condition met. */
    public boolean isPassed() {
        return decision.map(Decision::passed).orElseGet(() -> conditions.stream().allMatch(Condition::met));
    }

    public List<Condition> getConditions() {
        return conditions;
    }

    /** The coordinator's exception, if one was recorded. */
    public Optional<Decision> getDecision() {
        return decision;
    }

    /** How many conditions are met, for lists. */
    public long getMetCount() {
        return conditions.stream().filter(Condition::met).count();
    }
}
