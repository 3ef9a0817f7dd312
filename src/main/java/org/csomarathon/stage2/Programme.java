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
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.csomarathon.platform.BusinessException;

/**
 * Stage 2's face-to-face programme, drafted from stage 1's results: where the cohort scored lowest,
 * the sessions in the coordinator's order, and who of the confirmed participants attended each.
 */
@ApplicationScoped
public class Programme {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** A confirmed participant of stage 2. */
    public record Attendee(long accountId, String fullName) {
    }

    static final String SCORE = "Programme.Score";

    public List<Session> sessionsOf(long cohortId) {
        return em.createQuery("SELECT s FROM Session s WHERE s.cohortId = :c ORDER BY s.position, s.id", Session.class)
                .setParameter("c", cohortId)
                .getResultList();
    }

    @Transactional
    public Session add(long cohortId, Session.Terms terms) {
        Number last = (Number) em.createQuery("SELECT MAX(s.position) FROM Session s WHERE s.cohortId = :c")
                .setParameter("c", cohortId).getSingleResult();
        Session session = new Session(cohortId, last == null ? 1 : last.intValue() + 1, terms);
        em.persist(session);
        return session;
    }

    /** Changes a session; refused when someone changed it since it was shown. */
    @Transactional
    public void change(long sessionId, Session.Terms terms, int seenVersion) {
        Session session = find(sessionId);
        if (session.getVersion() != seenVersion) {
            throw new BusinessException("stage2.session.changedMeanwhile");
        }
        session.change(terms);
    }

    @Transactional
    public void remove(long sessionId) {
        em.remove(find(sessionId));
    }

    /** Moves a session one place earlier or later in its programme. */
    @Transactional
    public void move(long sessionId, boolean earlier) {
        Session session = em.find(Session.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (session == null) {
            throw new BusinessException("stage2.session.unknown");
        }
        List<Session> all = sessionsOf(session.getCohortId());
        int at = all.indexOf(session);
        int other = earlier ? at - 1 : at + 1;
        if (other < 0 || other >= all.size()) {
            return;
        }
        for (int i = 0; i < all.size(); i++) {
            all.get(i).moveTo(i == at ? other + 1 : i == other ? at + 1 : i + 1);
        }
    }

    /** Every rubric criterion's mean share of points in the cohort's accepted work, worst first. */
    public List<LowestCriteria.Share> lowestCriteria(long cohortId) {
        @SuppressWarnings("unchecked")
        List<LowestCriteria.Score> scores = em.createNativeQuery("SELECT c.id AS criterion_id, c.title, sc.points, k.most "
                        + "FROM review r JOIN team t ON t.id = r.team_id JOIN review_score sc ON sc.review_id = r.id "
                        + "JOIN rubric_criterion c ON c.id = sc.criterion_id "
                        + "JOIN (SELECT criterion_id, MAX(points) AS most FROM rubric_level GROUP BY criterion_id) k "
                        + "ON k.criterion_id = c.id WHERE t.cohort_id = ?1 AND r.state = 'RELEASED' AND r.decision = 'ACCEPTED'",
                        SCORE)
                .setParameter(1, cohortId)
                .getResultList();
        return LowestCriteria.worstFirst(scores);
    }

    /** The people who confirmed their place at the cohort's stage 2, by name. */
    public List<Attendee> confirmed(long cohortId) {
        return em.createQuery("SELECT NEW org.csomarathon.stage2.Programme$Attendee(a.id, a.fullName) FROM Invitation i, "
                        + "Account a WHERE a.id = i.accountId AND i.cohortId = :c "
                        + "AND i.state = :confirmed ORDER BY a.fullName", Attendee.class)
                .setParameter("c", cohortId)
                .setParameter("confirmed", InvitationState.CONFIRMED)
                .getResultList();
    }

    public Set<Long> presentAt(long sessionId) {
        List<?> ids = em.createNativeQuery("SELECT account_id FROM stage2_attendance WHERE session_id = ?1")
                .setParameter(1, sessionId).getResultList();
        Set<Long> present = new HashSet<>();
        ids.forEach(id -> present.add(((Number) id).longValue()));
        return present;
    }

    /** Who attended the session: only the cohort's confirmed participants are kept. */
    @Transactional
    public int markAttendance(long coordinatorId, long sessionId, Collection<Long> present) {
        Session session = find(sessionId);
        Set<Long> allowed = new HashSet<>(confirmed(session.getCohortId()).stream().map(Attendee::accountId).toList());
        em.createNativeQuery("DELETE FROM stage2_attendance WHERE session_id = ?1").setParameter(1, sessionId).executeUpdate();
        Object now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);  // as UtcInstantConverter stores it
        int kept = 0;
        for (long person : new HashSet<>(present)) {
            if (allowed.contains(person)) {
                em.createNativeQuery("INSERT INTO stage2_attendance (session_id, account_id, marked_at, marked_by) "
                                + "VALUES (?1, ?2, ?3, ?4)")
                        .setParameter(1, sessionId).setParameter(2, person).setParameter(3, now).setParameter(4, coordinatorId)
                        .executeUpdate();
                kept++;
            }
        }
        return kept;
    }

    /** Whether the person attended a session of the cohort's stage 2. */
    public boolean attended(long accountId, long cohortId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM stage2_attendance a JOIN stage2_session s "
                        + "ON s.id = a.session_id WHERE a.account_id = ?1 AND s.cohort_id = ?2")
                .setParameter(1, accountId).setParameter(2, cohortId).getSingleResult()).longValue() > 0;
    }

    private Session find(long sessionId) {
        Session session = em.find(Session.class, sessionId);
        if (session == null) {
            throw new BusinessException("stage2.session.unknown");
        }
        return session;
    }
}
