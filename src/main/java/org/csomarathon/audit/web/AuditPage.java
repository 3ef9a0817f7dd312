package org.csomarathon.audit.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.csomarathon.audit.AuditAction;
import org.csomarathon.audit.AuditEntry;
import org.csomarathon.audit.AuditLog;
import org.csomarathon.cohort.Cohort;
import org.csomarathon.cohort.CohortService;
import org.csomarathon.identity.web.Viewer;
import org.csomarathon.platform.Texts;

/**
 * The audit log ({@code coordinator/audit.xhtml?cohort=&action=&actor=&first=}): decisions newest
 * first, fifty at a time, filtered by cohort, kind of decision and who took it, at an address that
 * can be bookmarked.
 */
@Named
@RequestScoped
public class AuditPage {

    @Inject
    AuditLog log;

    @Inject
    CohortService cohorts;

    @Inject
    Viewer viewer;

    private Long cohort;
    private AuditAction action;
    private Long actor;
    private int first;
    private List<AuditLog.Line> lines;
    private long total;
    private Map<Long, String> cohortNames;
    private List<Cohort> cohortList;

    public void load() {
        first = Math.max(0, first);
        AuditLog.Filter filter = new AuditLog.Filter(cohort, action, actor);
        total = log.count(filter);
        lines = log.page(filter, first, AuditLog.PAGE_SIZE);
    }

    /** Shows the first page of what the chosen filter keeps, at an address that can be shared. */
    public String filter() {
        first = 0;
        return "/coordinator/audit.xhtml?faces-redirect=true&includeViewParams=true";
    }

    /** The outcome in words: the decision, the status of the work, the roles, the number of applications. */
    public String outcome(AuditEntry e) {
        if (e.getOutcome() == null) {
            return "";
        }
        return switch (e.getAction()) {
            case ADMISSION -> text("selection.decision." + e.getOutcome());
            case WORK_REVIEWED -> text("submission.status." + e.getOutcome());
            case GATE_EXCEPTION -> text("audit.gate." + e.getOutcome());
            case STAGE2_INVITATION -> text("stage2.invitation.state." + e.getOutcome());
            case ROLES_CHANGED -> Arrays.stream(e.getOutcome().split(",")).map(r -> text("role." + r))
                    .collect(Collectors.joining(", "));
            case RESULTS_PUBLISHED -> Texts.format(viewer.getLanguage(), "audit.applications", Long.valueOf(e.getOutcome()));
            default -> e.getOutcome();
        };
    }

    public String cohortName(Long id) {
        if (id == null) {
            return "";
        }
        if (cohortNames == null) {
            cohortNames = getCohorts().stream().collect(Collectors.toMap(Cohort::getId, Cohort::getName));
        }
        return cohortNames.getOrDefault(id, "");
    }

    private String text(String key) {
        return Texts.format(viewer.getLanguage(), key);
    }

    /** The cohorts to filter by, read once per request (the menu and the names in the rows share them). */
    public List<Cohort> getCohorts() {
        if (cohortList == null) {
            cohortList = cohorts.all();
        }
        return cohortList;
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public List<AuditLog.Actor> getActors() {
        return log.actors();
    }

    public List<AuditLog.Line> getLines() {
        return lines;
    }

    public long getTotal() {
        return total;
    }

    public boolean isPrevious() {
        return first > 0;
    }

    public boolean isNext() {
        return first + AuditLog.PAGE_SIZE < total;
    }

    public int getPreviousFirst() {
        return Math.max(0, first - AuditLog.PAGE_SIZE);
    }

    public int getNextFirst() {
        return first + AuditLog.PAGE_SIZE;
    }

    public int getLast() {
        return (int) Math.min(total, first + AuditLog.PAGE_SIZE);
    }

    public Long getCohort() {
        return cohort;
    }

    public void setCohort(Long cohort) {
        this.cohort = cohort;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public Long getActor() {
        return actor;
    }

    public void setActor(Long actor) {
        this.actor = actor;
    }

    public int getFirst() {
        return first;
    }

    public void setFirst(int first) {
        this.first = first;
    }
}
