package org.csomarathon.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.csomarathon.identity.AccessChanged;
import org.csomarathon.identity.Role;

/**
 * Writes decisions into the log, inside the transaction that takes them (so a decision and its entry
 * are stored together or not at all), and reads the log a page at a time, newest first.
 */
@ApplicationScoped
public class AuditLog {

    public static final int PAGE_SIZE = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Which entries: each part may be null for all. */
    public record Filter(Long cohortId, AuditAction action, Long actorId) {
    }

    /** An entry with the name of whoever took the decision (empty for the system). */
    public record Line(AuditEntry entry, String actorName) {
    }

    /** Someone who has taken a decision in the log. */
    public record Actor(long id, String fullName) {
    }

    /** A change of a person's access (roles, signing in), logged in the transaction that makes it. */
    void accessChanged(@Observes AccessChanged change) {
        if (change.rolesNow() != null) {
            record(change.actorId(), AuditAction.ROLES_CHANGED, null, change.fullName(), null,
                    change.rolesNow().stream().sorted().map(Role::name).collect(Collectors.joining(",")), null, null);
        }
        if (change.mayNowSignIn() != null) {
            record(change.actorId(), change.mayNowSignIn() ? AuditAction.SIGN_IN_ALLOWED : AuditAction.SIGN_IN_BLOCKED, null,
                    change.fullName(), null, null, null, null);
        }
    }

    /** A decision taken in a room above, logged in the transaction that takes it. */
    void decided(@Observes Decided d) {
        record(d.actorId(), d.action(), d.cohortId(), d.subject(), d.object(), d.outcome(), d.until(), d.note());
    }

    private void record(Long actorId, AuditAction action, Long cohortId, String subject, String object, String outcome,
                        Instant until, String note) {
        em.persist(new AuditEntry(clock.instant(), actorId, action, cohortId, subject, object, outcome, until, note));
    }

    /** A page of the entries, newest first, each with the actor's name: one statement. */
    public List<Line> page(Filter filter, int first, int size) {
        return filtered("SELECT NEW org.csomarathon.audit.AuditLog$Line(e, COALESCE(a.fullName, '')) FROM AuditEntry e "
                + "LEFT JOIN Account a ON a.id = e.actorId", filter, Line.class, " ORDER BY e.at DESC, e.id DESC")
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long count(Filter filter) {
        return filtered("SELECT COUNT(e) FROM AuditEntry e", filter, Long.class).getSingleResult();
    }

    /** Everyone who has taken a decision in the log, by name: ids and names, for choosing one. */
    public List<Actor> actors() {
        return em.createQuery("SELECT DISTINCT NEW org.csomarathon.audit.AuditLog$Actor(a.id, a.fullName) FROM AuditEntry e "
                + "JOIN Account a ON a.id = e.actorId ORDER BY a.fullName", Actor.class).getResultList();
    }

    private <T> TypedQuery<T> filtered(String select, Filter filter, Class<T> type, String... order) {
        StringBuilder q = new StringBuilder(select).append(" WHERE 1 = 1");
        if (filter.cohortId() != null) {
            q.append(" AND e.cohortId = :cohort");
        }
        if (filter.action() != null) {
            q.append(" AND e.action = :action");
        }
        if (filter.actorId() != null) {
            q.append(" AND e.actorId = :actor");
        }
        for (String o : order) {
            q.append(o);
        }
        TypedQuery<T> query = em.createQuery(q.toString(), type);
        if (filter.cohortId() != null) {
            query.setParameter("cohort", filter.cohortId());
        }
        if (filter.action() != null) {
            query.setParameter("action", filter.action());
        }
        if (filter.actorId() != null) {
            query.setParameter("actor", filter.actorId());
        }
        return query;
    }
}
