package org.csomarathon.stage2;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.csomarathon.gate.GateService;
import org.csomarathon.gate.GateService.ParticipantGate;
import org.csomarathon.identity.Account;
import org.csomarathon.stage2.Stage2Ranking.Candidate;
import org.csomarathon.stage2.Stage2Ranking.Place;
import org.csomarathon.stage2.Stage2Ranking.Share;
import org.csomarathon.stage2.Stage2Ranking.Weights;

/**
 * The stage-2 ranking of a cohort, computed from the records on each request in a fixed number of
 * statements: the gate decides who is in it, the results of each person count only for work their
 * team sent while they were in it.
 */
@ApplicationScoped
public class Stage2Service {

    /** A version counts for the people in the team when it was sent. */
    private static final String MEMBERS_WHEN_SENT = " JOIN team_membership m ON m.team_id = s.team_id "
            + "AND m.joined_at <= v.submitted_at AND (m.left_at IS NULL OR m.left_at > v.submitted_at) ";

    @PersistenceContext
    EntityManager em;

    @Inject
    GateService gate;

    @Inject
    Clock clock;

    /** The weights in use for the cohort, and everyone who passed the gate in ranking order. */
    public record Ranking(Weights weights, List<Place> places) {
    }

    public Weights weightsOf(long cohortId) {
        CohortWeights set = em.find(CohortWeights.class, cohortId);
        return set == null ? Weights.DEFAULT : set.weights();
    }

    @Transactional
    public void changeWeights(long cohortId, Weights weights, long changedBy) {
        CohortWeights set = em.find(CohortWeights.class, cohortId, LockModeType.PESSIMISTIC_WRITE);
        if (set == null) {
            set = new CohortWeights(cohortId);
            em.persist(set);
        }
        set.change(weights, em.getReference(Account.class, changedBy), clock.instant());
    }

    static final String TOTALS = "Stage2Service.Totals";
    static final String POINTS = "Stage2Service.Points";
    static final String FIRST_VERSION = "Stage2Service.FirstVersion";

    /** The most points the cohort's rubrics give, how many assignments are due, and the cohort's weights if set. */
    public record Totals(long mostPoints, long due, Integer rubric, Integer punctuality, Integer attendance) {

        Weights weights() {
            return rubric == null ? Weights.DEFAULT : new Weights(rubric, punctuality, attendance);
        }
    }

    /** The points of a person's released feedback on an assignment. */
    public record Points(long accountId, long assignmentId, long points) {
    }

    /** Whether a person's version of an assignment came late. */
    public record FirstVersion(long accountId, long assignmentId, boolean late) {
    }

    @SuppressWarnings("unchecked")
    public Ranking rankingOf(long cohortId) {
        List<ParticipantGate> passed = gate.overview(cohortId).stream().filter(p -> p.check().isPassed()).toList();
        if (passed.isEmpty()) {
            return new Ranking(weightsOf(cohortId), List.of());
        }
        Object now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);  // as UtcInstantConverter stores it
        Totals totals = (Totals) em.createNativeQuery("SELECT "
                        + "(SELECT COALESCE(SUM(k.top), 0) FROM assignment a JOIN weekly_module w ON w.id = a.module_id "
                        + "JOIN (SELECT c.rubric_id, MAX(l.points) AS top FROM rubric_criterion c "
                        + "JOIN rubric_level l ON l.criterion_id = c.id GROUP BY c.id, c.rubric_id) k ON k.rubric_id = a.rubric_id "
                        + "WHERE w.cohort_id = ?1) AS most_points, "
                        + "(SELECT COUNT(*) FROM assignment a JOIN weekly_module w ON w.id = a.module_id "
                        + "WHERE w.cohort_id = ?1 AND a.due_at <= ?2) AS due, "
                        // The cohort's weights in the same statement (none set: the defaults).
                        + "(SELECT rubric FROM stage2_weights WHERE cohort_id = ?1) AS rubric, "
                        + "(SELECT punctuality FROM stage2_weights WHERE cohort_id = ?1) AS punctuality, "
                        + "(SELECT attendance FROM stage2_weights WHERE cohort_id = ?1) AS attendance", TOTALS)
                .setParameter(1, cohortId).setParameter(2, now)
                .getSingleResult();
        long mostPoints = totals.mostPoints();
        long due = totals.due();
        Weights weights = totals.weights();

        // The latest released feedback per person and assignment: later rows replace earlier ones.
        Map<Long, Map<Long, Long>> points = new HashMap<>();
        for (Points p : (List<Points>) em.createNativeQuery("SELECT m.account_id, s.assignment_id, "
                        + "(SELECT COALESCE(SUM(sc.points), 0) FROM review_score sc WHERE sc.review_id = r.id) AS points "
                        + "FROM review r JOIN submission_version v ON v.id = r.version_id "
                        + "JOIN submission s ON s.id = v.submission_id JOIN team t ON t.id = s.team_id" + MEMBERS_WHEN_SENT
                        + "WHERE t.cohort_id = ?1 AND r.state = 'RELEASED' ORDER BY v.submitted_at, r.id", POINTS)
                .setParameter(1, cohortId).getResultList()) {
            points.computeIfAbsent(p.accountId(), k -> new HashMap<>()).put(p.assignmentId(), p.points());
        }
        // The first version per person and assignment already due: on time or late.
        Map<Long, Map<Long, Boolean>> firstLate = new HashMap<>();
        for (FirstVersion f : (List<FirstVersion>) em.createNativeQuery("SELECT m.account_id, s.assignment_id, v.late "
                        + "FROM submission_version v JOIN submission s ON s.id = v.submission_id "
                        + "JOIN assignment a ON a.id = s.assignment_id JOIN team t ON t.id = s.team_id" + MEMBERS_WHEN_SENT
                        + "WHERE t.cohort_id = ?1 AND a.due_at <= ?2 ORDER BY v.submitted_at, v.id", FIRST_VERSION)
                .setParameter(1, cohortId).setParameter(2, now).getResultList()) {
            firstLate.computeIfAbsent(f.accountId(), k -> new HashMap<>()).putIfAbsent(f.assignmentId(), f.late());
        }

        List<Candidate> candidates = passed.stream().map(p -> {
            long scored = points.getOrDefault(p.accountId(), Map.of()).values().stream().mapToLong(Long::longValue).sum();
            long onTime = firstLate.getOrDefault(p.accountId(), Map.of()).values().stream().filter(l -> !l).count();
            return new Candidate(p.accountId(), p.fullName(), p.team(),
                    new Share(Math.min(scored, mostPoints), mostPoints),
                    new Share(Math.min(onTime, due), due),
                    new Share(Math.min(p.attendance().attended(), p.attendance().held()), p.attendance().held()));
        }).toList();
        return new Ranking(weights, Stage2Ranking.rank(candidates, weights));
    }

}
