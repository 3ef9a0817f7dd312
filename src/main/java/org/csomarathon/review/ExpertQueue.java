package org.csomarathon.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The experts' queues, as experts and coordinators page through them and step from one review to the next. */
@ApplicationScoped
public class ExpertQueue {

    @PersistenceContext
    EntityManager em;

    /** The reviews before and after one in the same expert's queue, where there are. */
    public record Neighbours(Optional<Long> previous, Optional<Long> next) {
    }

    static final String NEIGHBOUR = "ExpertQueue.Neighbour";

    /** A review next to another in an expert's queue: later or earlier. */
    public record Neighbour(boolean later, long id) {
    }

    /** The reviews before and after this one in the same expert's queue, in the queue's order (time, then id), in one statement. */
    @SuppressWarnings("unchecked")
    public Neighbours neighbours(Review review) {
        if (review.getExpert() == null) {
            return new Neighbours(Optional.empty(), Optional.empty());
        }
        String pending = "expert_id = ?1 AND state <> 'RELEASED'";
        List<Neighbour> rows = em.createNativeQuery("(SELECT 1 AS later, id FROM review WHERE " + pending + " AND (created_at > ?2 "
                        + "OR (created_at = ?2 AND id > ?3)) ORDER BY created_at, id LIMIT 1) UNION ALL "
                        + "(SELECT 0, id FROM review WHERE " + pending + " AND (created_at < ?2 "
                        + "OR (created_at = ?2 AND id < ?3)) ORDER BY created_at DESC, id DESC LIMIT 1)", NEIGHBOUR)
                .setParameter(1, review.getExpert().getId())
                .setParameter(2, LocalDateTime.ofInstant(review.getCreatedAt(), ZoneOffset.UTC))  // as UtcInstantConverter stores it
                .setParameter(3, review.getId())
                .getResultList();
        Optional<Long> previous = Optional.empty();
        Optional<Long> next = Optional.empty();
        for (Neighbour n : rows) {
            if (n.later()) {
                next = Optional.of(n.id());
            } else {
                previous = Optional.of(n.id());
            }
        }
        return new Neighbours(previous, next);
    }

    /** One page of the queue, in one statement whatever its length. */
    public List<QueueItem> page(QueueQuery query, int first, int size) {
        TypedQuery<QueueItem> q = em.createQuery("SELECT NEW org.csomarathon.review.QueueItem(r.id, v.id, t.name, a.title, "
                + "v.number, v.submittedAt, v.late, r.state, e.fullName) FROM Review r JOIN r.team t JOIN r.assignment a "
                + "JOIN r.submitted v LEFT JOIN r.expert e" + query.where() + query.order(), QueueItem.class);
        return bind(q, query).setFirstResult(first).setMaxResults(size).getResultList();
    }

    /** How many items the queue holds, counted in the database. */
    public int count(QueueQuery query) {
        return bind(em.createQuery("SELECT COUNT(r) FROM Review r" + query.where(), Long.class), query)
                .getSingleResult().intValue();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> q, QueueQuery query) {
        if (query.expertId() != null) {
            q.setParameter("expert", query.expertId());
        }
        if (query.assignmentId() != null) {
            q.setParameter("assignment", query.assignmentId());
        }
        if (!query.team().isEmpty()) {
            q.setParameter("team", "%" + query.team().toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return q;
    }

    /** A review given to an expert: its state, when the work arrived and when the feedback went out. */
    public record Turn(long expertId, ReviewState state, Instant arrived, Instant released) {
    }

    /** Every review of the cohort's work given to an expert, by expert. */
    public Map<Long, List<Turn>> turnsByExpert(long cohortId) {
        return em.createQuery("SELECT NEW org.csomarathon.review.ExpertQueue$Turn(e.id, r.state, r.createdAt, r.releasedAt) "
                        + "FROM Review r JOIN r.expert e WHERE r.team.cohort.id = :c", Turn.class)
                .setParameter("c", cohortId).getResultStream().collect(Collectors.groupingBy(Turn::expertId));
    }
}
