package org.csomarathon.reporting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.Stream;
import org.csomarathon.cohort.Cohort;
import org.csomarathon.cohort.web.OneCohortPage;
import org.csomarathon.identity.AccountService;
import org.csomarathon.identity.Role;
import org.csomarathon.identity.web.Viewer;
import org.csomarathon.intake.web.RegionNames;
import org.csomarathon.platform.Texts;
import org.csomarathon.platform.web.TableCells;
import org.csomarathon.reporting.ProgressMatrix;
import org.csomarathon.submissions.WorkStatus;

/**
 * The coordinator's progress matrix ({@code coordinator/progress.xhtml?cohort=&region=&expert=&first=}):
 * every team on every assignment, a page of teams at a time, filtered by the GET form so a view can be
 * bookmarked and shared.
 */
@Named
@RequestScoped
public class ProgressPage extends OneCohortPage {

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
    }

    /**
     * A row's cells as HTML, written here rather than by a dozen expressions per cell (a page has hundreds),
     * through {@link TableCells}, which escapes everything it is given.
     */
    public String cellsOf(ProgressMatrix.Row row) {
        String versions = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/submissions/version.xhtml?id=";
        TableCells.Row html = new TableCells(viewer.getLanguage()).row();
        for (ProgressMatrix.Cell c : row.cells()) {
            Look look = getLooks().get(c.status().ordinal());
            html.cell("cell status--" + look.status().name(), look.label());
            if (c.versionId() != null) {
                html.startLink(versions + c.versionId());
            }
            html.hidden(look.mark()).span("visually-hidden", look.label());
            if (c.versionId() != null) {
                html.endLink();
            }
        }
        return html.end();
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
