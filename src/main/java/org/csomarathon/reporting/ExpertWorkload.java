package org.csomarathon.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.csomarathon.review.ReviewState;

/**
 * Each expert's work in a cohort: what is allocated to them, what waits, what they released, how
 * long a release takes (the median from the version's arrival), and how many waiting reviews will
 * not be out before the cohort's next meeting at that pace. Four statements whatever the size.
 */
@ApplicationScoped
public class ExpertWorkload {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * An expert's row; {@code medianTurnaround} is empty before their first release; {@code lateForMeeting}
     * counts the waiting reviews that, at their median pace (or at all, without one), come after the next meeting.
     */
    public record Row(long expertId, String fullName, long allocated, long waiting, long reviewed,
                      Optional<Duration> medianTurnaround, long lateForMeeting) {
    }

    public record Workload(List<Row> rows, Optional<Instant> nextMeeting) {
    }

    /** A review given to an expert: its state, when the work arrived and when the feedback went out. */
    public record Item(long expertId, ReviewState state, Instant arrived, Instant released) {
    }

    /** How many allocations an expert holds. */
    public record Allocated(long expertId, long allocations) {
    }

    /** An expert by name. */
    public record Expert(long id, String fullName) {
    }

    public Workload of(long cohortId) {
        Instant now = clock.instant();
        Map<Long, Long> allocated = new HashMap<>();
        for (Allocated a : em.createQuery("SELECT NEW org.csomarathon.reporting.ExpertWorkload$Allocated(e.id, COUNT(al)) "
                        + "FROM Allocation al JOIN al.expert e LEFT JOIN al.team t "
                        + "LEFT JOIN al.assignment a LEFT JOIN a.module m WHERE t.cohort.id = :c OR m.cohort.id = :c "
                        + "GROUP BY e.id", Allocated.class)
                .setParameter("c", cohortId).getResultList()) {
            allocated.put(a.expertId(), a.allocations());
        }
        Map<Long, List<Item>> items = em.createQuery("SELECT NEW org.csomarathon.reporting.ExpertWorkload$Item(e.id, r.state, "
                        + "r.createdAt, r.releasedAt) FROM Review r JOIN r.expert e WHERE r.team.cohort.id = :c", Item.class)
                .setParameter("c", cohortId).getResultStream().collect(Collectors.groupingBy(Item::expertId));
        // The time itself, ordered, not MIN(): an aggregate bypasses the attribute's converter and comes back as a Timestamp.
        Optional<Instant> nextMeeting = em.createQuery("SELECT m.startsAt FROM ExpertMeeting m "
                        + "WHERE m.module.cohort.id = :c AND m.startsAt > :now ORDER BY m.startsAt", Instant.class)
                .setParameter("c", cohortId).setParameter("now", now).setMaxResults(1).getResultStream().findFirst();
        Set<Long> experts = new TreeSet<>(allocated.keySet());
        experts.addAll(items.keySet());
        if (experts.isEmpty()) {
            return new Workload(List.of(), nextMeeting);
        }
        Map<Long, String> names = new HashMap<>();
        for (Expert e : em.createQuery("SELECT NEW org.csomarathon.reporting.ExpertWorkload$Expert(a.id, a.fullName) "
                        + "FROM Account a WHERE a.id IN :ids", Expert.class)
                .setParameter("ids", experts).getResultList()) {
            names.put(e.id(), e.fullName());
        }
        List<Row> rows = new ArrayList<>();
        for (long expert : experts) {
            List<Item> own = items.getOrDefault(expert, List.of());
            List<Duration> turnarounds = own.stream().filter(i -> i.state() == ReviewState.RELEASED && i.released() != null)
                    .map(i -> Duration.between(i.arrived(), i.released())).sorted().toList();
            Optional<Duration> median = median(turnarounds);
            List<Item> waiting = own.stream().filter(i -> i.state() != ReviewState.RELEASED).toList();
            long late = nextMeeting.map(meeting -> waiting.stream().filter(i -> median
                    .map(m -> i.arrived().plus(m).isAfter(meeting)).orElse(true)).count()).orElse(0L);
            rows.add(new Row(expert, names.getOrDefault(expert, ""), allocated.getOrDefault(expert, 0L), waiting.size(),
                    turnarounds.size(), median, late));
        }
        rows.sort(Comparator.comparing(Row::fullName));
        return new Workload(rows, nextMeeting);
    }

    /** The middle of the sorted durations (the mean of the two middle ones for an even count). */
    static Optional<Duration> median(List<Duration> sorted) {
        if (sorted.isEmpty()) {
            return Optional.empty();
        }
        int middle = sorted.size() / 2;
        return Optional.of(sorted.size() % 2 == 1 ? sorted.get(middle)
                : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2));
    }
}
