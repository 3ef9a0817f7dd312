package org.csomarathon.review.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.csomarathon.cohort.CohortService;
import org.csomarathon.identity.Account;
import org.csomarathon.identity.AccountService;
import org.csomarathon.identity.Role;
import org.csomarathon.identity.web.Viewer;
import org.csomarathon.platform.Texts;
import org.csomarathon.platform.web.TableCells;
import org.csomarathon.review.QueueItem;
import org.csomarathon.review.QueueQuery;
import org.csomarathon.review.ExpertQueue;
import org.csomarathon.submissions.Assignment;
import org.csomarathon.submissions.AssignmentService;

/**
 * A review queue ({@code expert/queue.xhtml}: the expert's own; {@code coordinator/queue.xhtml}:
 * any expert's, or all): paged, counted, filtered and sorted in the database, so twenty thousand
 * waiting submissions open as fast as twenty. Filters, order and page are the address's parameters
 * (a queue can be bookmarked and shared), and the table is plain HTML: nothing is kept between requests.
 */
@Named
@RequestScoped
public class QueuePage {

    /** Rows shown at a time. */
    public static final int PAGE_SIZE = 25;

    @Inject
    ExpertQueue queue;

    @Inject
    AssignmentService assignments;

    @Inject
    CohortService cohorts;

    @Inject
    AccountService accounts;

    @Inject
    Viewer viewer;

    @Inject
    Clock clock;

    private boolean everyExpert;
    /** On the coordinator's page: whose queue (null: everyone's). */
    private Long expertId;
    private Long assignmentId;
    private String team;
    private boolean lateOnly;
    private String sort;
    private boolean descending;
    private int first;
    private List<QueueItem> items;
    private Integer count;
    private TableCells cells;
    private MessageFormat hours;
    private Instant now;
    private String link;

    /** View action of the coordinator's page (its folder is for coordinators only): any expert's queue. */
    public void forCoordinator() {
        everyExpert = viewer.has(Role.COORDINATOR.name());
    }

    private QueueQuery query() {
        Long whose = everyExpert ? expertId : Long.valueOf(viewer.getAccountId());
        return new QueueQuery(whose, assignmentId, team, lateOnly, sort, descending);
    }

    /** The page of the queue shown: {@link #PAGE_SIZE} items from {@code first}. */
    public List<QueueItem> getItems() {
        if (items == null) {
            items = getCount() == 0 ? List.of() : queue.page(query(), first, PAGE_SIZE);
        }
        return items;
    }

    /** How many items the queue holds with these filters; a page beyond the last shows the last. */
    public int getCount() {
        if (count == null) {
            count = queue.count(query());
            first = Math.max(0, Math.min(first, Math.max(0, count - 1))) / PAGE_SIZE * PAGE_SIZE;
        }
        return count;
    }

    /**
     * A row's cells as HTML, written here rather than by a dozen expressions per row (escaped by
     * {@link TableCells}); the team's link opens the review (the expert's queue) or the version (a coordinator's).
     */
    public String cellsOf(QueueItem item) {
        if (cells == null) {
            cells = new TableCells(viewer.getLanguage());
            hours = new MessageFormat(Texts.bundle(viewer.getLanguage()).getString("review.queue.hours"),
                    viewer.getLanguage().locale());
            now = clock.instant();
            link = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                    + (everyExpert ? "/submissions/version.xhtml?id=" : "/expert/review.xhtml?id=");
        }
        TableCells.Row html = cells.row();
        html.cell("common.team").link(link + (everyExpert ? item.versionId() : item.reviewId()), item.team());
        html.cell("submission.assignment").text(item.assignment());
        html.cell("submission.receipt.version").text(item.versionNumber());
        html.cell("submission.receipt.at").text(viewer.time(item.submittedAt()));
        if (Boolean.TRUE.equals(item.late())) {
            html.space().span("status status--LATE", Texts.format(viewer.getLanguage(), "submission.status.LATE"));
        }
        html.cell("review.queue.waiting").text(hours.format(new Object[] {item.waitingHours(now)}));
        html.cell("review.state").message("review.state." + item.state().name());
        if (everyExpert) {
            html.cell("review.expert");
            if (item.expert() == null) {
                html.message("review.expert.none");
            } else {
                html.text(item.expert());
            }
        }
        return html.end();
    }

    /** The column the queue is ordered by (the order's default when none or an unknown one is asked for). */
    public String getOrderedBy() {
        return query().orderBy();
    }

    /** The address of this queue ordered by {@code column}: ascending, or reversed when it is already ordered by it. */
    public String sortedBy(String column) {
        return address(column, column.equals(getOrderedBy()) && !descending, 0);
    }

    /** The address of this queue from item {@code from}, with the same filters and order. */
    public String from(int from) {
        return address(getOrderedBy(), descending, from);
    }

    private String address(String column, boolean reversed, int from) {
        List<String> parameters = new ArrayList<>();
        if (everyExpert && expertId != null) {
            parameters.add("expert=" + expertId);
        }
        if (assignmentId != null) {
            parameters.add("assignment=" + assignmentId);
        }
        if (team != null && !team.isBlank()) {
            parameters.add("team=" + URLEncoder.encode(team.strip(), StandardCharsets.UTF_8));
        }
        if (lateOnly) {
            parameters.add("late=true");
        }
        parameters.add("sort=" + column);
        if (reversed) {
            parameters.add("desc=true");
        }
        if (from > 0) {
            parameters.add("first=" + from);
        }
        return "?" + String.join("&", parameters);
    }

    public boolean isPrevious() {
        return getCount() > 0 && first > 0;
    }

    public boolean isNext() {
        return first + PAGE_SIZE < getCount();
    }

    public int getPreviousFirst() {
        return Math.max(0, first - PAGE_SIZE);
    }

    public int getNextFirst() {
        return first + PAGE_SIZE;
    }

    public int getLast() {
        return Math.min(getCount(), first + PAGE_SIZE);
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

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public boolean isDescending() {
        return descending;
    }

    public void setDescending(boolean descending) {
        this.descending = descending;
    }

    public int getFirst() {
        return first;
    }

    public void setFirst(int first) {
        this.first = first;
    }
}
