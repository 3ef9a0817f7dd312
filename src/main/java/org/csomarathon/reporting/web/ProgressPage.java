package org.csomarathon.reporting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.Stream;
import org.csomarathon.cohort.Cohort;
import org.csomarathon.identity.AccountService;
import org.csomarathon.identity.Role;
import org.csomarathon.identity.web.Viewer;
import org.csomarathon.intake.web.RegionNames;
import org.csomarathon.platform.Html;
import org.csomarathon.platform.Texts;
import org.csomarathon.reporting.ProgressMatrix;
import org.csomarathon.submissions.WorkStatus;

/**
 * The coordinator's progress matrix ({@code coordinator/progress.xhtml?cohort=&region=&expert=&first=}):
 * every team on every assignment, a page of teams at a time, filtered by the GET form so a view can be
 * bookmarked and shared.
 */
@Named
@RequestScoped
public class ProgressPage extends CohortReportPage {

    @Inject
    ProgressMatrix matrix;

    @Inject
    AccountService accounts;

    @Inject
    RegionNames regionNames;

    @Inject
    Viewer viewer;

    private String region;
    private Long expert;
    private int first;
    private ProgressMatrix.Page page;
    private List<Look> looks;

    @Override
    protected void show(Cohort cohort) {
        first = Math.max(0, first);
        page = matrix.of(cohort.getId(), chosenFilter(), first, ProgressMatrix.PAGE_SIZE);
    }

    /** Shows the first page of the teams the chosen filter keeps, at an address that can be shared. */
    public String filter() {
        first = 0;
        return "/coordinator/progress.xhtml?faces-redirect=true&includeViewParams=true";
    }

    private ProgressMatrix.Filter chosenFilter() {
        return new ProgressMatrix.Filter(region == null || region.isBlank() ? null : region, expert);
    }

    /** How a status looks in a cell: a sign (the colour and the words being there too) and its name. */
    public record Look(WorkStatus status, String mark, String label) {

        /** The whole cell as HTML, its name escaped; {@code versionLink} null when nothing was handed in. */
        String cell(String versionLink) {
            String inner = "<span aria-hidden=\"true\">" + mark + "</span><span class=\"visually-hidden\">"
                    + Html.escape(label) + "</span>";
            return "<td class=\"cell status--" + status.name() + "\" title=\"" + Html.escape(label) + "\">"
                    + (versionLink == null ? inner : "<a href=\"" + versionLink + "\">" + inner + "</a>") + "</td>";
        }
    }

    /**
     * A row's cells as HTML, written here rather than by a dozen expressions per cell (a page has hundreds):
     * only statuses, signs, escaped message texts and version numbers go in — nothing a person typed.
     */
    public String cellsOf(ProgressMatrix.Row row) {
        String versions = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/submissions/version.xhtml?id=";
        StringBuilder html = new StringBuilder(row.cells().size() * 180);
        for (ProgressMatrix.Cell c : row.cells()) {
            html.append(getLooks().get(c.status().ordinal()).cell(c.versionId() == null ? null : versions + c.versionId()));
        }
        return html.toString();
    }

    /** A sign for the status. */
    static String mark(WorkStatus status) {
        return switch (status) {
            case NOT_STARTED -> "—";
            case DRAFT -> "✎";
            case SUBMITTED -> "●";
            case LATE -> "!";
            case NEEDS_REVISION -> "↺";
            case ACCEPTED -> "✓";
        };
    }

    /** Every status's look, in order (the legend), worked out once per page rather than once per cell. */
    public List<Look> getLooks() {
        if (looks == null) {
            looks = Stream.of(WorkStatus.values())
                    .map(s -> new Look(s, mark(s), Texts.format(viewer.getLanguage(), s.getKey()))).toList();
        }
        return looks;
    }

    /** The filter's regions and experts as ready choices: no expressions per option (there are a hundred). */
    public List<SelectItem> getRegions() {
        return regionNames.choices();
    }

    public List<SelectItem> getExperts() {
        return accounts.withRole(Role.EXPERT).stream().map(e -> new SelectItem(e.getId(), e.getFullName())).toList();
    }

    public boolean isPrevious() {
        return first > 0;
    }

    public boolean isNext() {
        return first + ProgressMatrix.PAGE_SIZE < page.teams();
    }

    public int getPreviousFirst() {
        return Math.max(0, first - ProgressMatrix.PAGE_SIZE);
    }

    public int getNextFirst() {
        return first + ProgressMatrix.PAGE_SIZE;
    }

    public int getLast() {
        return (int) Math.min(page.teams(), first + ProgressMatrix.PAGE_SIZE);
    }

    public ProgressMatrix.Page getPage() {
        return page;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public Long getExpert() {
        return expert;
    }

    public void setExpert(Long expert) {
        this.expert = expert;
    }

    public int getFirst() {
        return first;
    }

    public void setFirst(int first) {
        this.first = first;
    }
}
