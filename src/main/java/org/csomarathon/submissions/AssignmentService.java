package org.csomarathon.submissions;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.csomarathon.audit.AuditAction;
import org.csomarathon.audit.Decided;
import org.csomarathon.cohort.CohortCopied;
import org.csomarathon.curriculum.CurriculumService;
import org.csomarathon.curriculum.WeeklyModule;
import org.csomarathon.identity.Account;
import org.csomarathon.platform.BusinessException;
import org.csomarathon.teams.Team;

/** The coordinator's side of assignments: setting them per module, rubrics, and extensions per team. */
@ApplicationScoped
public class AssignmentService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<Decided> decisions;

    @Inject
    CurriculumService curriculum;

    @Inject
    Clock clock;

    @Transactional
    public Assignment create(long moduleId, AssignmentTerms terms, Long rubricId) {
        Assignment a = new Assignment(curriculum.getModule(moduleId), terms, rubric(rubricId), clock.instant());
        em.persist(a);
        return a;
    }

    /** Saves the coordinator's edit, unless someone changed the assignment since {@code expectedVersion}. */
    @Transactional
    public Assignment change(long assignmentId, AssignmentTerms terms, Long rubricId, int expectedVersion) {
        Assignment a = getAssignment(assignmentId);
        if (a.getVersion() != expectedVersion) {
            throw new BusinessException("assignment.changedMeanwhile");
        }
        a.change(terms, rubric(rubricId));
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new BusinessException("assignment.changedMeanwhile");
        }
        return a;
    }

    /** Removes an assignment no team has worked on yet. */
    @Transactional
    public void remove(long assignmentId) {
        Assignment a = getAssignment(assignmentId);
        long started = em.createQuery("SELECT COUNT(s) FROM Submission s WHERE s.assignment = :a", Long.class)
                .setParameter("a", a).getSingleResult();
        if (started > 0) {
            throw new BusinessException("assignment.hasSubmissions", started);
        }
        em.createQuery("DELETE FROM Extension e WHERE e.assignment = :a").setParameter("a", a).executeUpdate();
        em.remove(a);
    }

    public Assignment getAssignment(long assignmentId) {
        return findAssignment(assignmentId).orElseThrow(() -> new BusinessException("assignment.unknown"));
    }

    public Optional<Assignment> findAssignment(long assignmentId) {
        return em.createQuery("SELECT a FROM Assignment a JOIN FETCH a.module m JOIN FETCH m.cohort WHERE a.id = :id",
                        Assignment.class)
                .setParameter("id", assignmentId)
                .getResultStream()
                .findFirst();
    }

    public List<Assignment> assignmentsOf(long moduleId) {
        return em.createQuery("SELECT a FROM Assignment a WHERE a.module.id = :module ORDER BY a.dueAt, a.id",
                        Assignment.class)
                .setParameter("module", moduleId)
                .getResultList();
    }

    /** Every assignment of the cohort, week by week, in one statement. */
    public List<Assignment> assignmentsOfCohort(long cohortId) {
        return em.createQuery("SELECT a FROM Assignment a JOIN FETCH a.module m WHERE m.cohort.id = :cohort "
                        + "ORDER BY m.number, a.dueAt, a.id", Assignment.class)
                .setParameter("cohort", cohortId)
                .getResultList();
    }

    /** Every assignment of the team's cohort, week by week, in one statement. */
    public List<Assignment> assignmentsOfTeamsCohort(long teamId) {
        return em.createQuery("SELECT a FROM Assignment a JOIN FETCH a.module m WHERE m.cohort.id = "
                        + "(SELECT t.cohort.id FROM Team t WHERE t.id = :team) ORDER BY m.number, a.dueAt, a.id", Assignment.class)
                .setParameter("team", teamId)
                .getResultList();
    }

    /** Gives the team its own dates for the assignment (replacing an earlier extension). */
    @Transactional
    public Extension grantExtension(long assignmentId, long teamId, Instant due, Instant cutOff, String reason,
                                    long grantedBy) {
        Assignment a = getAssignment(assignmentId);
        Team team = em.find(Team.class, teamId);
        if (team == null || !team.getCohort().getId().equals(a.getModule().getCohort().getId())) {
            throw new BusinessException("extension.teamUnknown");
        }
        Extension e = em.createQuery("SELECT e FROM Extension e WHERE e.assignment = :a AND e.team = :t", Extension.class)
                .setParameter("a", a)
                .setParameter("t", team)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> new Extension(a, team));
        e.grant(due, cutOff, reason, em.getReference(Account.class, grantedBy), clock.instant());
        if (e.getId() == null) {
            em.persist(e);
        }
        decisions.fire(new Decided(grantedBy, AuditAction.EXTENSION, team.getCohort().getId(), team.getName(), a.getTitle(), null,
                e.getDueAt(), e.getReason()));
        return e;
    }

    /** The team's extensions by assignment id. */
    public Map<Long, Extension> extensionsOf(long teamId) {
        return em.createQuery("SELECT e FROM Extension e JOIN FETCH e.grantedBy WHERE e.team.id = :team", Extension.class)
                .setParameter("team", teamId)
                .getResultStream()
                .collect(Collectors.toMap(e -> e.getAssignment().getId(), Function.identity()));
    }

    /** The team's dates for the assignment: its extension's, or the assignment's own. */
    public Deadline deadlineFor(Assignment assignment, long teamId) {
        return em.createQuery("SELECT e FROM Extension e WHERE e.assignment = :a AND e.team.id = :team", Extension.class)
                .setParameter("a", assignment)
                .setParameter("team", teamId)
                .getResultStream()
                .findFirst()
                .map(Extension::deadline)
                .orElseGet(assignment::deadline);
    }

    /** The rubric's criteria in order, each with its levels, in two statements however many criteria. */
    public List<RubricCriterion> criteriaOf(long rubricId) {
        return em.createNamedQuery(RubricCriterion.OF_RUBRIC, RubricCriterion.class)
                .setParameter("rubric", rubricId)
                .getResultList();
    }

    public List<Rubric> rubrics() {
        return em.createQuery("SELECT r FROM Rubric r ORDER BY r.title", Rubric.class).getResultList();
    }

    public Rubric getRubric(long rubricId) {
        return Optional.ofNullable(em.find(Rubric.class, rubricId))
                .orElseThrow(() -> new BusinessException("rubric.unknown"));
    }

    @Transactional
    public Rubric createRubric(String title) {
        Rubric r = new Rubric(title, clock.instant());
        em.persist(r);
        em.flush();
        return r;
    }

    @Transactional
    public void renameRubric(long rubricId, String title) {
        getRubric(rubricId).rename(title);
    }

    @Transactional
    public void addCriterion(long rubricId, String title, String levelLines) {
        getRubric(rubricId).addCriterion(title, levelLines);
    }

    /** Removes a criterion no expert has scored yet (scores keep their criterion). */
    @Transactional
    public void removeCriterion(long rubricId, long criterionId) {
        Number scored = (Number) em.createNativeQuery("SELECT COUNT(*) FROM review_score WHERE criterion_id = ?")
                .setParameter(1, criterionId)
                .getSingleResult();
        if (scored.longValue() > 0) {
            throw new BusinessException("rubric.criterion.inUse", scored.longValue());
        }
        getRubric(rubricId).removeCriterion(criterionId);
    }

    private Rubric rubric(Long rubricId) {
        return rubricId == null ? null : getRubric(rubricId);
    }

    /**
     * The copy of a cohort gets the same assignments in its modules of the same numbers, every
     * time the same days later on the cohort's wall clock. Runs after the curriculum copied the modules
     * (observers of default priority, APPLICATION + 500, come first).
     */
    void copyAssignments(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) CohortCopied event) {
        ZoneId zone = event.source().getTimeZone();
        Map<Integer, WeeklyModule> copies = curriculum.modulesOf(event.copy().getId()).stream()
                .collect(Collectors.toMap(WeeklyModule::getNumber, Function.identity()));
        Instant now = clock.instant();
        for (Assignment a : assignmentsOfCohort(event.source().getId())) {
            WeeklyModule target = copies.get(a.getModule().getNumber());
            em.persist(a.copyTo(target, t -> LocalDateTime.ofInstant(t, zone).plusDays(event.shiftDays())
                    .atZone(zone).toInstant(), now));
        }
    }
}
