package org.csomarathon.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.csomarathon.cohort.Cohort;
import org.csomarathon.gate.GateService;
import org.csomarathon.platform.BusinessException;

/**
 * How far the people of a cohort got: applied (submitted), eligible, admitted (participants of the
 * cohort), active (in a team that has handed in work), passed the gate, and the stage-2 seats they
 * compete for — in a fixed number of statements.
 */
@ApplicationScoped
public class CohortFunnel {

    @PersistenceContext
    EntityManager em;

    @Inject
    GateService gate;

    /** A step of the funnel: its message key and how many people reached it. */
    public record Step(String key, long people) {
    }

    /** The cohort's submitted applications and how many of them are eligible (null when there are none). */
    public record Applications(Number submitted, Number eligible) {
    }

    public List<Step> of(long cohortId) {
        Cohort cohort = em.find(Cohort.class, cohortId);
        if (cohort == null) {
            throw new BusinessException("cohort.unknown");
        }
        Applications applications = em.createQuery("SELECT NEW org.csomarathon.reporting.CohortFunnel$Applications("
                        + "COUNT(a), SUM(CASE WHEN a.eligible = TRUE THEN 1 ELSE 0 END)) FROM Application a WHERE a.cohort.id = :c "
                        + "AND a.state = org.csomarathon.intake.ApplicationState.SUBMITTED", Applications.class)
                .setParameter("c", cohortId).getSingleResult();
        long admitted = em.createQuery("SELECT COUNT(p) FROM CohortParticipant p WHERE p.cohort.id = :c", Long.class)
                .setParameter("c", cohortId).getSingleResult();
        long active = em.createQuery("SELECT COUNT(DISTINCT m.account.id) FROM TeamMembership m WHERE m.team.cohort.id = :c "
                        + "AND m.leftAt IS NULL AND EXISTS (SELECT s FROM Submission s WHERE s.team = m.team "
                        + "AND s.versions > 0)", Long.class)
                .setParameter("c", cohortId).getSingleResult();
        long passed = gate.overview(cohortId).stream().filter(p -> p.check().isPassed()).count();
        return List.of(
                new Step("funnel.applied", number(applications.submitted())),
                new Step("funnel.eligible", number(applications.eligible())),
                new Step("funnel.admitted", admitted),
                new Step("funnel.active", active),
                new Step("funnel.passed", passed),
                new Step("funnel.stage2", Math.min(passed, cohort.getStage2Seats())));
    }

    private static long number(Number value) {
        return value == null ? 0 : value.longValue();
    }
}
