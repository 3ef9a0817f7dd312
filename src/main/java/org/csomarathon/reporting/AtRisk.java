package org.csomarathon.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.csomarathon.cohort.Cohort;
import org.csomarathon.cohort.CohortService;
import org.csomarathon.gate.GateService;
import org.csomarathon.notifications.MessageKind;
import org.csomarathon.notifications.Notifications;
import org.csomarathon.platform.BusinessException;
import org.csomarathon.submissions.Assignment;
import org.csomarathon.submissions.AssignmentService;
import org.csomarathon.submissions.CohortWork;
import org.csomarathon.submissions.Deadline;
import org.csomarathon.submissions.TeamWork;
import org.csomarathon.teams.NamedTeam;
import org.csomarathon.teams.TeamService;

/**
 * Who in a cohort may not make it, so that a coordinator can step in: teams that have handed in
 * nothing for an assignment due within the next hours or already overdue (and still open), teams
 * with two or more pieces of work returned for revision, participants whose attendance of the
 * meetings held so far is below the gate's share. Each may get a reminder with one click, at most
 * once a day (in the cohort's zone), whoever clicks and however often.
 */
@ApplicationScoped
public class AtRisk {

    /** The hours before a due time that count as "close" unless the coordinator chooses otherwise. */
    public static final int DEFAULT_HOURS = 48;
    public static final int MAX_HOURS = 24 * 14;
    /** From how many returned pieces of work a team is listed. */
    public static final int REVISIONS = 2;

    @Inject
    CohortWork work;

    @Inject
    CohortService cohorts;

    @Inject
    Clock clock;

    @Inject
    AssignmentService assignments;

    @Inject
    GateService gate;

    @Inject
    TeamService teams;

    @Inject
    Notifications notifications;

    /** Nothing handed in for the assignment, due (for this team) at {@code dueAt}; overdue when that has passed. */
    public record MissingWork(long teamId, String teamName, long assignmentId, String assignmentTitle, Instant dueAt,
                              boolean overdue, boolean remindedToday) {
    }

    public record Revisions(long teamId, String teamName, long returned, boolean remindedToday) {
    }

    public record LowAttendance(long accountId, String fullName, String team, int attended, int held,
                                int requiredPercent, boolean remindedToday) {
    }

    public record Lists(int hours, List<MissingWork> missingWork, List<Revisions> revisions,
                        List<LowAttendance> attendance) {
    }

    /** An open (team, assignment) pair with nothing handed in, with the team's own dates. */
    record Unsubmitted(long teamId, String teamName, Assignment assignment, Deadline deadline) {
    }

    public Lists of(long cohortId, int hours) {
        Cohort cohort = cohort(cohortId);
        Instant now = clock.instant();
        List<Unsubmitted> open = unsubmitted(cohortId, now);
        Instant until = now.plus(Duration.ofHours(checkedHours(hours)));
        List<Unsubmitted> close = open.stream().filter(u -> !u.deadline().dueAt().isAfter(until))
                .sorted(Comparator.comparing((Unsubmitted u) -> u.deadline().dueAt()).thenComparing(Unsubmitted::teamName))
                .toList();
        List<CohortWork.Returned> returned = work.returnedForRevision(cohortId, REVISIONS);
        List<GateService.ParticipantGate> low = gate.overview(cohortId).stream()
                .filter(p -> p.attendance().held() > 0 && !p.attendance().met()).toList();
        LocalDate today = LocalDate.ofInstant(now, cohort.getTimeZone());
        List<String> keys = new ArrayList<>();
        close.forEach(u -> keys.add(workKey(u.teamId(), u.assignment().getId(), today)));
        returned.forEach(r -> keys.add(revisionsKey(r.teamId(), today)));
        low.forEach(p -> keys.add(attendanceKey(p.accountId(), today)));
        Set<String> sent = notifications.alreadySent(keys);
        return new Lists(hours,
                close.stream().map(u -> new MissingWork(u.teamId(), u.teamName(), u.assignment().getId(),
                        u.assignment().getTitle(), u.deadline().dueAt(), u.deadline().dueAt().isBefore(now),
                        sent.contains(workKey(u.teamId(), u.assignment().getId(), today)))).toList(),
                returned.stream().map(r -> new Revisions(r.teamId(), r.teamName(), r.versions(),
                        sent.contains(revisionsKey(r.teamId(), today)))).toList(),
                low.stream().map(p -> new LowAttendance(p.accountId(), p.fullName(), p.team(), p.attendance().attended(),
                        p.attendance().held(), p.attendance().requiredPercent(),
                        sent.contains(attendanceKey(p.accountId(), today)))).toList());
    }

    /**
     * The pairs of a team and an assignment of the cohort that are open now (on time or late, not
     * past the cut-off) with nothing handed in, in four statements whatever the number of teams.
     */
    List<Unsubmitted> unsubmitted(long cohortId, Instant now) {
        List<Assignment> columns = assignments.assignmentsOfCohort(cohortId);
        List<NamedTeam> cohortTeams = teams.namesOf(cohortId);
        Set<TeamWork> handedIn = work.handedIn(cohortId);
        Map<TeamWork, Deadline> extended = work.extendedDeadlines(cohortId);
        List<Unsubmitted> open = new ArrayList<>();
        for (NamedTeam t : cohortTeams) {
            for (Assignment a : columns) {
                TeamWork pair = new TeamWork(t.id(), a.getId());
                if (handedIn.contains(pair)) {
                    continue;
                }
                Deadline deadline = extended.getOrDefault(pair, a.deadline());
                Deadline.Verdict verdict = deadline.judge(now);
                if (verdict == Deadline.Verdict.ON_TIME || verdict == Deadline.Verdict.LATE) {
                    open.add(new Unsubmitted(t.id(), t.name(), a, deadline));
                }
            }
        }
        return open;
    }

    /**
     * Reminds the team that it has handed in nothing for the assignment. Refused when that is no
     * longer so; false when the team was reminded of it today already (nothing is sent twice).
     */
    @Transactional
    public boolean remindOfWork(long cohortId, long teamId, long assignmentId) {
        Unsubmitted u = unsubmitted(cohortId, clock.instant()).stream()
                .filter(x -> x.teamId() == teamId && x.assignment().getId() == assignmentId).findFirst()
                .orElseThrow(() -> new BusinessException("atRisk.gone"));
        return notifications.notifyOnce(workKey(teamId, assignmentId, today(cohortId)), teams.currentMemberIds(teamId),
                MessageKind.AT_RISK_WORK, "participant/assignment.xhtml?id=" + assignmentId,
                u.assignment().getTitle(), u.deadline().dueAt());
    }

    /** Reminds the team of its work returned for revision; refused when fewer than two are. */
    @Transactional
    public boolean remindOfRevisions(long cohortId, long teamId) {
        long returned = work.returnedCount(cohortId, teamId);
        if (returned < REVISIONS) {
            throw new BusinessException("atRisk.gone");
        }
        return notifications.notifyOnce(revisionsKey(teamId, today(cohortId)), teams.currentMemberIds(teamId),
                MessageKind.AT_RISK_REVISIONS, "participant/team.xhtml", returned);
    }

    /** Reminds the participant of the meetings; refused when their attendance is not below the gate's share. */
    @Transactional
    public boolean remindOfAttendance(long cohortId, long accountId) {
        GateService.ParticipantGate p = gate.overview(cohortId).stream()
                .filter(x -> x.accountId() == accountId && x.attendance().held() > 0 && !x.attendance().met())
                .findFirst().orElseThrow(() -> new BusinessException("atRisk.gone"));
        return notifications.notifyOnce(attendanceKey(accountId, today(cohortId)), List.of(accountId),
                MessageKind.AT_RISK_ATTENDANCE, "participant/gate.xhtml", p.attendance().attended(), p.attendance().held(),
                p.attendance().requiredPercent());
    }

    private LocalDate today(long cohortId) {
        return LocalDate.ofInstant(clock.instant(), cohort(cohortId).getTimeZone());
    }

    private Cohort cohort(long cohortId) {
        return cohorts.findById(cohortId).orElseThrow(() -> new BusinessException("cohort.unknown"));
    }

    /** The number of hours a coordinator chose, checked: 1 to two weeks. */
    public static int checkedHours(int hours) {
        if (hours < 1 || hours > MAX_HOURS) {
            throw new BusinessException("atRisk.hours.range", 1, MAX_HOURS);
        }
        return hours;
    }

    private static String workKey(long teamId, long assignmentId, LocalDate day) {
        return "at-risk:work:" + teamId + ":" + assignmentId + ":" + day;
    }

    private static String revisionsKey(long teamId, LocalDate day) {
        return "at-risk:revisions:" + teamId + ":" + day;
    }

    private static String attendanceKey(long accountId, LocalDate day) {
        return "at-risk:attendance:" + accountId + ":" + day;
    }
}
