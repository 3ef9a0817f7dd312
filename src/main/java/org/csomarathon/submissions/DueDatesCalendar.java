package org.csomarathon.submissions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.csomarathon.cohort.CohortService;
import org.csomarathon.curriculum.CalendarEvent;
import org.csomarathon.curriculum.CalendarSource;
import org.csomarathon.identity.Role;
import org.csomarathon.platform.Language;
import org.csomarathon.platform.Texts;
import org.csomarathon.teams.TeamService;

/**
 * Due dates on calendars and in iCal feeds: a participant sees their team's own dates (an
 * extension moves them), a coordinator the assignments' dates of the current cohort. Each event is
 * the due moment itself, so that a calendar shows it at the due time (a span ending there showed its start).
 */
@ApplicationScoped
public class DueDatesCalendar implements CalendarSource {

    @Inject
    TeamService teams;

    @Inject
    CohortService cohorts;

    @Inject
    AssignmentService assignments;

    @Inject
    SubmissionService submissions;

    @Override
    public void addEvents(long accountId, Set<Role> roles, Language language, Map<String, CalendarEvent> events) {
        if (roles.contains(Role.PARTICIPANT)) {
            teams.findCurrentTeam(accountId).ifPresent(team -> submissions.rowsOf(team.id()).forEach(row ->
                    put(row.assignment(), row.deadline().dueAt(), "participant/assignment.xhtml?id=", language, events)));
        }
        if (roles.contains(Role.COORDINATOR)) {
            cohorts.findCurrent().ifPresent(c -> assignments.assignmentsOfCohort(c.getId()).forEach(a ->
                    put(a, a.getDueAt(), "coordinator/assignment.xhtml?id=", language, events)));
        }
    }

    private static void put(Assignment a, Instant due, String path, Language language, Map<String, CalendarEvent> events) {
        String key = "due-" + a.getId();
        events.putIfAbsent(key, new CalendarEvent(key + "@marathon", Texts.format(language, "calendar.due", a.getTitle()),
                Texts.format(language, "calendar.due.description", a.getTitle(), a.getModule().getNumber()),
                due, due, path + a.getId()));
    }
}
