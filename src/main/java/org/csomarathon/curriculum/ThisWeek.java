package org.csomarathon.curriculum;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where a participant stands in the marathon at a moment: the module they study now (the last
 * one opened), the next one to open, and the next meeting that has not ended yet.
 */
public record ThisWeek(Optional<WeeklyModule> current, Optional<WeeklyModule> next, Optional<ExpertMeeting> nextMeeting) {

    public static ThisWeek of(List<WeeklyModule> modules, List<ExpertMeeting> meetings, Instant now) {
        Optional<WeeklyModule> current = modules.stream().filter(m -> m.isOpenAt(now))
                .max(Comparator.comparing(WeeklyModule::getOpensAt));
        Optional<WeeklyModule> next = modules.stream().filter(m -> !m.isOpenAt(now))
                .min(Comparator.comparing(WeeklyModule::getOpensAt));
        Optional<ExpertMeeting> nextMeeting = upcoming(meetings, now).findFirst();
        return new ThisWeek(current, next, nextMeeting);
    }

    /** The meetings that have not ended yet, the soonest first. */
    public static Stream<ExpertMeeting> upcoming(List<ExpertMeeting> meetings, Instant now) {
        return meetings.stream()
                .filter(m -> m.getStartsAt().plus(Duration.ofMinutes(m.getDurationMinutes())).isAfter(now))
                .sorted(Comparator.comparing(ExpertMeeting::getStartsAt));
    }
}
