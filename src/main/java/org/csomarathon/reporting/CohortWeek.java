package org.csomarathon.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.csomarathon.curriculum.CurriculumService;
import org.csomarathon.curriculum.ExpertMeeting;
import org.csomarathon.curriculum.MeetingService;
import org.csomarathon.curriculum.ThisWeek;
import org.csomarathon.curriculum.WeeklyModule;
import org.csomarathon.submissions.CohortWork;

/**
 * The cohort's week as a coordinator sees it on the dashboard: the module studied now, the work
 * due within seven days and not handed in yet, the work overdue (still accepted late), the versions
 * waiting for an expert's feedback, and the next meetings.
 */
@ApplicationScoped
public class CohortWeek {

    public static final Duration AHEAD = Duration.ofDays(7);
    public static final int MEETINGS = 3;

    @Inject
    CohortWork work;

    @Inject
    Clock clock;

    @Inject
    AtRisk atRisk;

    @Inject
    CurriculumService curriculum;

    @Inject
    MeetingService meetings;

    /** Counts are of (team, assignment) pairs; {@code waitingForReview} of teams' latest versions without feedback. */
    public record Week(Optional<WeeklyModule> module, long dueSoon, long overdue, long waitingForReview,
                       List<ExpertMeeting> nextMeetings) {
    }

    public Week of(long cohortId) {
        Instant now = clock.instant();
        List<AtRisk.Unsubmitted> open = atRisk.unsubmitted(cohortId, now);
        long dueSoon = open.stream().filter(u -> !u.deadline().dueAt().isBefore(now)
                && !u.deadline().dueAt().isAfter(now.plus(AHEAD))).count();
        long overdue = open.stream().filter(u -> u.deadline().dueAt().isBefore(now)).count();
        long waiting = work.waitingForFeedback(cohortId);
        List<ExpertMeeting> cohortMeetings = meetings.ofCohort(cohortId);
        ThisWeek week = ThisWeek.of(curriculum.modulesOf(cohortId), cohortMeetings, now);
        return new Week(week.current(), dueSoon, overdue, waiting,
                ThisWeek.upcoming(cohortMeetings, now).limit(MEETINGS).toList());
    }
}
