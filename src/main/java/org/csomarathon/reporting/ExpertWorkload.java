package org.csomarathon.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.csomarathon.curriculum.MeetingService;
import org.csomarathon.identity.AccountService;
import org.csomarathon.review.Allocations;
import org.csomarathon.review.ExpertQueue.Turn;
import org.csomarathon.review.ExpertQueue;
import org.csomarathon.review.ReviewState;

/**
 * Each expert's work in a cohort: what is allocated to them, what waits, what they released, how
 * long a release takes (the median from the version's arrival), and how many waiting reviews will
 * not be out before the cohort's next meeting at that pace. Four statements whatever the size.
 */
@ApplicationScoped
public class ExpertWorkload {

    @Inject
    Allocations allocations;

    @Inject
    ExpertQueue queue;

    @Inject
    MeetingService meetings;

    @Inject
    AccountService accounts;

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

    public Workload of(long cohortId) {
        Instant now = clock.instant();
        Map<Long, Long> allocated = allocations.countsByExpert(cohortId);
        Map<Long, List<Turn>> items = queue.turnsByExpert(cohortId);
        Optional<Instant> nextMeeting = meetings.nextStart(cohortId, now);
        Set<Long> experts = new TreeSet<>(allocated.keySet());
        experts.addAll(items.keySet());
        if (experts.isEmpty()) {
            return new Workload(List.of(), nextMeeting);
        }
        Map<Long, String> names = accounts.namesOf(experts);
        List<Row> rows = new ArrayList<>();
        for (long expert : experts) {
            List<Turn> own = items.getOrDefault(expert, List.of());
            List<Duration> turnarounds = own.stream().filter(i -> i.state() == ReviewState.RELEASED && i.released() != null)
                    .map(i -> Duration.between(i.arrived(), i.released())).sorted().toList();
            Optional<Duration> median = median(turnarounds);
            List<Turn> waiting = own.stream().filter(i -> i.state() != ReviewState.RELEASED).toList();
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
