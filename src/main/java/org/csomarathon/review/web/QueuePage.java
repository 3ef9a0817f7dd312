package org.csomarathon.review.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.csomarathon.cohort.CohortService;
import org.csomarathon.identity.Account;
import org.csomarathon.identity.AccountService;
import org.csomarathon.identity.Role;
import org.csomarathon.identity.web.Viewer;
import org.csomarathon.review.QueueItem;
import org.csomarathon.review.QueueQuery;
import org.csomarathon.review.ReviewService;
import org.csomarathon.submissions.Assignment;
import org.csomarathon.submissions.AssignmentService;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A review queue ({@code expert/queue.xhtml}: the expert's own; {@code coordinator/queue.xhtml}:
 * any expert's, or all): a lazy table paged, counted, filtered and sorted in the database, so
 * twenty thousand waiting submissions open as fast as twenty.
 */
@Named
@ViewScoped
public class QueuePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReviewService reviews;

    @Inject
    transient AssignmentService assignments;

    @Inject
    transient CohortService cohorts;

    @Inject
    transient AccountService accounts;

    @Inject
    Viewer viewer;

    @Inject
    transient Clock clock;

    private boolean everyExpert;
    /** On the coordinator's page: whose queue (null: everyone's). */
    private Long expertId;
    private Long assignmentId;
    private String team;
    private boolean lateOnly;

    private final LazyDataModel<QueueItem> items = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return reviews.count(query(null, false));
        }

        @Override
        public List<QueueItem> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            QueueQuery query = sort == null ? query(null, false)
                    : query(sort.getField(), sort.getOrder() == SortOrder.DESCENDING);
            return reviews.queue(query, first, pageSize);
        }

        @Override
        public String getRowKey(QueueItem item) {
            return String.valueOf(item.reviewId());
        }
    };

    /** View action of the coordinator's page (its folder is for coordinators only): any expert's queue. */
    public void forCoordinator() {
        everyExpert = viewer.has(Role.COORDINATOR.name());
    }

    private QueueQuery query(String orderBy, boolean descending) {
        Long whose = everyExpert ? expertId : Long.valueOf(viewer.getAccountId());
        return new QueueQuery(whose, assignmentId, team, lateOnly, orderBy, descending);
    }

    public long waitingHours(QueueItem item) {
        return item.waitingHours(clock.instant());
    }

    public LazyDataModel<QueueItem> getItems() {
        return items;
    }

    /** The current cohort's assignments, for the filter. */
    public List<Assignment> getAssignments() {
        return cohorts.findCurrent().map(c -> assignments.assignmentsOfCohort(c.getId())).orElse(List.of());
    }

    public List<Account> getExperts() {
        return accounts.withRole(Role.EXPERT);
    }

    public boolean isEveryExpert() {
        return everyExpert;
    }

    public Long getExpertId() {
        return expertId;
    }

    public void setExpertId(Long expertId) {
        this.expertId = expertId;
    }

    public Long getAssignmentId() {
        return assignmentId;
    }

    public void setAssignmentId(Long assignmentId) {
        this.assignmentId = assignmentId;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public boolean isLateOnly() {
        return lateOnly;
    }

    public void setLateOnly(boolean lateOnly) {
        this.lateOnly = lateOnly;
    }
}
