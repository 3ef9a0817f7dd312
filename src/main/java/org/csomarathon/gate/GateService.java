package org.csomarathon.gate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.csomarathon.audit.AuditAction;
import org.csomarathon.audit.Decided;
import org.csomarathon.cohort.Cohort;
import org.csomarathon.cohort.CohortService;
import org.csomarathon.curriculum.MeetingService;
import org.csomarathon.identity.Account;
import org.csomarathon.notifications.MessageKind;
import org.csomarathon.notifications.Notifications;
import org.csomarathon.platform.BusinessException;
import org.csomarathon.review.WorkAccepted;
import org.csomarathon.submissions.Assignment;
import org.csomarathon.submissions.AssignmentService;
import org.csomarathon.submissions.CohortWork;
import org.csomarathon.submissions.PersonWork;
import org.csomarathon.teams.TeamService;

/**
 * The completion gate for a cohort's participants, computed from the records on every request in
 * a fixed number of statements however many participants there are.
 */
@ApplicationScoped
public class GateService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<Decided> decisions;

    @Inject
    AssignmentService assignments;

    @Inject
    CohortWork work;

    @Inject
    TeamService teams;

    @Inject
    MeetingService meetings;

    @Inject
    CohortService cohorts;

    @Inject
    Clock clock;

    @Inject
    Notifications notifications;

    /** A participant with their current team, where they stand at the gate, and their meetings. */
    public record ParticipantGate(long accountId, String fullName, String team, GateCheck check,
                                  GateCheck.Attendance attendance) {
    }

    /** The gate for one participant of the cohort. */
    public GateCheck checkFor(long accountId, long cohortId) {
        return compute(cohortId, accountId).stream().findFirst().map(ParticipantGate::check)
                .orElseThrow(() -> new BusinessException("gate.notParticipant"));
    }

    /** Every participant of the cohort at the gate, by name. */
    public List<ParticipantGate> overview(long cohortId) {
        return compute(cohortId, null);
    }

    /** Records a coordinator's exception (pass or fail) with its reason; earlier ones stay as history. */
    @Transactional
    public void recordException(long cohortId, long accountId, boolean passed, String reason, long recordedBy) {
        TeamService.Participant participant = teams.participantsByName(cohortId, accountId).stream().findFirst()
                .orElseThrow(() -> new BusinessException("gate.notParticipant"));
        Cohort cohort = cohorts.getById(cohortId);
        GateOverride exception = new GateOverride(cohort, em.getReference(Account.class, accountId), passed, reason,
                em.getReference(Account.class, recordedBy), clock.instant());
        em.persist(exception);
        decisions.fire(new Decided(recordedBy, AuditAction.GATE_EXCEPTION, cohortId, participant.fullName(), null,
                passed ? "PASSED" : "NOT_PASSED", null, exception.getReason()));
        if (passed) {
            notifications.notifyOnce("gate-passed:" + cohortId + ":" + accountId, List.of(accountId), MessageKind.GATE_PASSED,
                    "participant/gate.xhtml", cohort.getName());
        }
    }

    /** Those whose accepted work has now let them through the gate hear of it, once per cohort. */
    void announcePassed(@Observes WorkAccepted accepted) {
        overview(accepted.cohortId()).stream()
                .filter(p -> accepted.accountIds().contains(p.accountId()) && p.check().isPassed())
                .forEach(p -> notifications.notifyOnce("gate-passed:" + accepted.cohortId() + ":" + p.accountId(),
                        List.of(p.accountId()), MessageKind.GATE_PASSED, "participant/gate.xhtml", accepted.cohortName()));
    }

    /** Every exception recorded in the cohort, newest first: the audit trail. */
    public List<GateOverride> exceptionsOf(long cohortId) {
        return em.createQuery("SELECT x FROM GateOverride x JOIN FETCH x.participant JOIN FETCH x.recordedBy "
                        + "WHERE x.cohort.id = :c ORDER BY x.recordedAt DESC, x.id DESC", GateOverride.class)
                .setParameter("c", cohortId)
                .getResultList();
    }

    private List<ParticipantGate> compute(long cohortId, Long accountId) {
        List<TeamService.Participant> people = teams.participantsByName(cohortId, accountId);
        Map<Long, String> teamNames = teams.currentTeamNames(cohortId, accountId);
        List<Assignment> required = assignments.assignmentsOfCohort(cohortId).stream().filter(Assignment::isRequired).toList();
        Set<PersonWork> accepted = work.acceptedWork(cohortId, accountId);
        // Only a person's own checklist says what is waiting for the expert; lists of the whole cohort do not ask
        // (a statement saved).
        Set<PersonWork> waiting = accountId == null ? Set.of() : work.waitingWork(cohortId, accountId);
        Instant now = clock.instant();
        Cohort cohort = cohorts.getById(cohortId);
        long held = meetings.heldCount(cohortId, now);
        Map<Long, Long> attended = meetings.attendedCounts(cohortId, accountId, now);
        Map<Long, GateOverride> decisions = new HashMap<>();
        TypedQuery<GateOverride> overrides = em.createQuery("SELECT x FROM GateOverride x JOIN FETCH x.recordedBy "
                        + "WHERE x.cohort.id = :c" + (accountId == null ? "" : " AND x.participant.id = :account")
                        + " ORDER BY x.recordedAt, x.id", GateOverride.class)
                .setParameter("c", cohortId);
        (accountId == null ? overrides : overrides.setParameter("account", accountId)).getResultList()
                .forEach(x -> decisions.put(x.getParticipantId(), x));
        return people.stream().map(p -> {
            long id = p.accountId();
            List<GateCheck.RequiredWork> work = required.stream()
                    .map(a -> new GateCheck.RequiredWork(a.getTitle(), accepted.contains(new PersonWork(id, a.getId())),
                            waiting.contains(new PersonWork(id, a.getId()))))
                    .toList();
            GateCheck.Attendance attendance = new GateCheck.Attendance(cohort.getRequiredAttendancePercent(), (int) held,
                    attended.getOrDefault(id, 0L).intValue());
            return new ParticipantGate(id, p.fullName(), teamNames.getOrDefault(id, ""),
                    GateCheck.of(work, attendance, Optional.ofNullable(decisions.get(id)).map(GateOverride::decision)),
                    attendance);
        }).toList();
    }
}
