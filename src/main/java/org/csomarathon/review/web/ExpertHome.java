package org.csomarathon.review.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.csomarathon.cohort.CohortStaff;
import org.csomarathon.identity.Role;
import org.csomarathon.identity.web.Viewer;
import org.csomarathon.review.Allocation;
import org.csomarathon.review.QueueItem;
import org.csomarathon.review.QueueQuery;
import org.csomarathon.review.Allocations;
import org.csomarathon.review.ExpertQueue;
import org.csomarathon.teams.TeamService.TeamCard;
import org.csomarathon.teams.web.CohortOverview;

/**
 * The expert's home ({@code expert/index.xhtml}): first what waits for them (the oldest work of
 * their queue and how much there is), then their own teams with what each is allocated for, and
 * only then every team of the cohort.
 */
@Named
@RequestScoped
public class ExpertHome {

    /** Waiting work shown on the home; the queue page has the rest. */
    static final int SHOWN = 5;

    @Inject
    ExpertQueue queue;

    @Inject
    Allocations allocations;

    @Inject
    CohortOverview overview;

    @Inject
    Viewer viewer;

    @Inject
    Clock clock;

    @Inject
    CohortStaff staff;

    private List<QueueItem> waiting;
    private Integer waitingCount;
    private List<OwnTeam> teams;
    private Boolean named;

    /** A team allocated to the expert, and what for: the whole marathon, or assignments named. */
    public record OwnTeam(TeamCard team, boolean wholeMarathon, List<String> assignments) {

        public String assignmentTitles() {
            return String.join(", ", assignments);
        }
    }

    private QueueQuery ownQueue() {
        return new QueueQuery(viewer.getAccountId(), null, "", false, "submittedAt", false);
    }

    /** The work waiting longest in the expert's queue, oldest first. */
    public List<QueueItem> getWaiting() {
        if (waiting == null) {
            waiting = queue.page(ownQueue(), 0, SHOWN);
        }
        return waiting;
    }

    public int getWaitingCount() {
        if (waitingCount == null) {
            waitingCount = getWaiting().size() < SHOWN ? getWaiting().size() : queue.count(ownQueue());
        }
        return waitingCount;
    }

    /** Whether the expert is named for the cohort on show: only then its teams are on their home. */
    public boolean isNamed() {
        if (named == null) {
            named = overview.isPresent() && staff.isNamed(overview.getCohort().getId(), viewer.getAccountId(), Role.EXPERT);
        }
        return named;
    }

    public long waitingHours(QueueItem item) {
        return item.waitingHours(clock.instant());
    }

    /** The teams of the cohort allocated to this expert, in the order of the cohort's teams. */
    public List<OwnTeam> getTeams() {
        if (teams == null) {
            if (!overview.isPresent()) {
                return teams = List.of();
            }
            Map<Long, List<Allocation>> mine = allocations.allocationsOf(overview.getCohort().getId()).stream()
                    .filter(a -> a.getExpert().getId() == viewer.getAccountId())
                    .collect(Collectors.groupingBy(a -> a.getTeam().getId(), LinkedHashMap::new, Collectors.toList()));
            teams = overview.getTeams().stream().filter(t -> mine.containsKey(t.id()))
                    .map(t -> new OwnTeam(t, mine.get(t.id()).stream().anyMatch(a -> a.getAssignment() == null),
                            mine.get(t.id()).stream().filter(a -> a.getAssignment() != null)
                                    .map(a -> a.getAssignment().getTitle()).toList()))
                    .toList();
        }
        return teams;
    }
}
