package org.csomarathon.gate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.csomarathon.audit.AuditAction;
import org.csomarathon.audit.AuditLog;
import org.csomarathon.cohort.Cohort;
import org.csomarathon.identity.Account;
import org.csomarathon.notifications.MessageKind;
import org.csomarathon.notifications.Notifications;
import org.csomarathon.platform.BusinessException;
import org.csomarathon.review.WorkAccepted;
import org.csomarathon.submissions.Assignment;
import org.csomarathon.submissions.AssignmentService;

/**
 * The completion gate for a cohort's participants, computed from the records on every request in
 * a fixed number of statements however many participants there are.
 */
@ApplicationScoped
public class GateService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    AssignmentService assignments;

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
        boolean inCohort = !em.createQuery("SELECT p.admittedAt FROM CohortParticipant p WHERE p.cohort.id = :c "
                        + "AND p.account.id = :a", Instant.class)
                .setParameter("c", cohortId).setParameter("a", accountId).getResultList().isEmpty();
        if (!inCohort) {
            throw new BusinessException("gate.notParticipant");
        }
        Cohort cohort = em.find(Cohort.class, cohortId);
        Account participant = em.find(Account.class, accountId);
        GateOverride exception = new GateOverride(cohort, participant, passed, reason,
                em.getReference(Account.class, recordedBy), clock.instant());
        em.persist(exception);
        audit.record(recordedBy, AuditAction.GATE_EXCEPTION, cohortId, participant.getFullName(), null,
                passed ? "PASSED" : "NOT_PASSED", null, exception.getReason());
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

    /** A person by name. */
    public record Person(long id, String fullName) {
    }

    /** A person's current team by name. */
    public record TeamOf(long accountId, String team) {
    }

    /** A person's part in an assignment's work (accepted, or waiting for the expert). */
    public record PersonWork(long accountId, long assignmentId) {
    }

    /** How many of the cohort's meetings a person attended. */
    public record Attended(long accountId, long meetings) {
    }

    private List<ParticipantGate> compute(long cohortId, Long accountId) {
        String only = accountId == null ? "" : " AND p.account.id = :account";
        List<Person> people = filter(em.createQuery("SELECT NEW org.csomarathon.gate.GateService$Person(p.account.id, "
                + "p.account.fullName) FROM CohortParticipant p WHERE p.cohort.id = :c" + only
                + " ORDER BY p.account.fullName", Person.class), cohortId, accountId)
                .getResultList();
        Map<Long, String> teams = new HashMap<>();
        filter(em.createQuery("SELECT NEW org.csomarathon.gate.GateService$TeamOf(m.account.id, m.team.name) "
                + "FROM TeamMembership m WHERE m.team.cohort.id = :c "
                + "AND m.leftAt IS NULL" + only.replace("p.account", "m.account"), TeamOf.class), cohortId, accountId)
                .getResultList().forEach(t -> teams.put(t.accountId(), t.team()));
        List<Assignment> required = assignments.assignmentsOfCohort(cohortId).stream().filter(Assignment::isRequired).toList();
        // Accepted for a person: an accepted version of a team they were in when that version was sent.
        Set<PersonWork> accepted = new HashSet<>(filter(em.createQuery("SELECT DISTINCT NEW "
                + "org.csomarathon.gate.GateService$PersonWork(m.account.id, s.assignment.id) FROM SubmissionVersion v JOIN v.submission s, "
                + "TeamMembership m WHERE v.outcome = org.csomarathon.submissions.Outcome.ACCEPTED AND m.team = s.team "
                + "AND m.joinedAt <= v.submittedAt AND (m.leftAt IS NULL OR m.leftAt > v.submittedAt) "
                + "AND s.team.cohort.id = :c" + only.replace("p.account", "m.account"), PersonWork.class), cohortId, accountId)
                .getResultList());
        // Waiting for the expert: the newest version of the person's current team has no outcome yet. Only a
        // person's own checklist says what to do next; lists of the whole cohort do not ask (a statement saved).
        Set<PersonWork> waiting = new HashSet<>();
        if (accountId != null) {
            waiting.addAll(filter(em.createQuery("SELECT DISTINCT NEW org.csomarathon.gate.GateService$PersonWork("
                    + "m.account.id, s.assignment.id) FROM SubmissionVersion v JOIN v.submission s, "
                    + "TeamMembership m WHERE v.outcome IS NULL AND m.team = s.team AND m.leftAt IS NULL "
                    + "AND v.number = (SELECT MAX(w.number) FROM SubmissionVersion w WHERE w.submission = s) "
                    + "AND s.team.cohort.id = :c" + only.replace("p.account", "m.account"), PersonWork.class), cohortId,
                    accountId).getResultList());
        }
        Instant now = clock.instant();
        Cohort cohort = em.find(Cohort.class, cohortId);
        long held = em.createQuery("SELECT COUNT(e) FROM ExpertMeeting e WHERE e.module.cohort.id = :c AND e.startsAt <= :now",
                        Long.class)
                .setParameter("c", cohortId).setParameter("now", now).getSingleResult();
        Map<Long, Long> attended = new HashMap<>();
        filter(em.createQuery("SELECT NEW org.csomarathon.gate.GateService$Attended(a.person.id, COUNT(a)) "
                + "FROM MeetingAttendance a WHERE a.meeting.module.cohort.id = :c "
                + "AND a.meeting.startsAt <= :now" + only.replace("p.account", "a.person") + " GROUP BY a.person.id",
                Attended.class), cohortId, accountId).setParameter("now", now)
                .getResultList().forEach(a -> attended.put(a.accountId(), a.meetings()));
        Map<Long, GateOverride> decisions = new HashMap<>();
        filter(em.createQuery("SELECT x FROM GateOverride x JOIN FETCH x.recordedBy WHERE x.cohort.id = :c"
                + only.replace("p.account", "x.participant") + " ORDER BY x.recordedAt, x.id", GateOverride.class),
                cohortId, accountId)
                .getResultList().forEach(x -> decisions.put(x.getParticipantId(), x));
        return people.stream().map(p -> {
            long id = p.id();
            List<GateCheck.RequiredWork> work = required.stream()
                    .map(a -> new GateCheck.RequiredWork(a.getTitle(), accepted.contains(new PersonWork(id, a.getId())),
                            waiting.contains(new PersonWork(id, a.getId()))))
                    .toList();
            GateCheck.Attendance attendance = new GateCheck.Attendance(cohort.getRequiredAttendancePercent(), (int) held,
                    attended.getOrDefault(id, 0L).intValue());
            return new ParticipantGate(id, p.fullName(), teams.getOrDefault(id, ""),
                    GateCheck.of(work, attendance, Optional.ofNullable(decisions.get(id)).map(GateOverride::decision)),
                    attendance);
        }).toList();
    }

    private static <T> TypedQuery<T> filter(TypedQuery<T> query, long cohortId, Long accountId) {
        query.setParameter("c", cohortId);
        if (accountId != null) {
            query.setParameter("account", accountId);
        }
        return query;
    }
}
