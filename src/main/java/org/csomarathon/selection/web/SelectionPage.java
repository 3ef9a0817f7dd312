package org.csomarathon.selection.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.csomarathon.cohort.Cohort;
import org.csomarathon.cohort.CohortService;
import org.csomarathon.cohort.web.OneCohortPage;
import org.csomarathon.identity.web.Viewer;
import org.csomarathon.intake.Decision;
import org.csomarathon.intake.web.RegionNames;
import org.csomarathon.platform.BusinessException;
import org.csomarathon.platform.web.PageMessages;
import org.csomarathon.selection.SelectionRanking;
import org.csomarathon.selection.SelectionService.Ranking;
import org.csomarathon.selection.SelectionService;
import org.csomarathon.selection.Weights;

/**
 * The cohort's selection ({@code coordinator/selection.xhtml?cohort=}): the ranked list with the
 * decisions, the weights and bonus it is computed with, and publishing the results.
 */
@Named
@ViewScoped
public class SelectionPage extends OneCohortPage {

    private static final long serialVersionUID = 1L;

    /** Places shown at a time: a cohort may have hundreds of applications. */
    public static final int PAGE_SIZE = 50;

    @Inject
    transient SelectionService selection;

    @Inject
    transient CohortService cohorts;

    @Inject
    transient Clock clock;

    @Inject
    Viewer viewer;

    @Inject
    RankingOfRequest thisRequest;

    @Inject
    transient RegionNames regionNames;

    private boolean resultsDateOver;
    private LocalDate resultsBy;
    private CriteriaForm weights = new CriteriaForm();
    private BigDecimal bonus;
    private boolean belowMinimumConfirmed;
    private transient List<Row> rows;
    private transient RankingRows rowsHtml;
    private int first;

    @Override
    protected void show(Cohort cohort) {
        resultsDateOver = cohort.resultsDateOverAt(clock.instant());
        resultsBy = cohort.getResultsBy();
        Ranking ranking = thisRequest.get(() -> selection.rankingOf(cohort));
        Weights w = ranking.terms().weights();
        weights = CriteriaForm.of(w.development(), w.transparency(), w.motivation(), w.plans(), w.commitment());
        bonus = ranking.terms().getInvolvementBonus();
    }

    public String saveTerms() {
        selection.changeTerms(getCohortId(), weights.weights(), bonus);
        PageMessages.info("selection.terms.saved");
        return back();
    }

    /**
     * The decision of a row's button: each sends {@code application:decision} under the form's one command
     * ({@link RankingRows}). Anything else is refused with a message.
     */
    public String decide() {
        String chosen = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(RankingRows.DECIDE);
        String[] parts = chosen == null ? new String[0] : chosen.split(":", -1);
        if (parts.length != 2 || !parts[0].matches("\\d{1,18}")
                || Stream.of(Decision.values()).noneMatch(d -> d.name().equals(parts[1]))) {
            throw new BusinessException("selection.decision.invalid");
        }
        selection.decide(Long.parseLong(parts[0]), Decision.valueOf(parts[1]), viewer.getAccountId());
        PageMessages.info("selection.decision.saved");
        return back();
    }

    /** A row's cells as HTML ({@link RankingRows}). */
    public String cellsOf(Row row) {
        if (rowsHtml == null) {
            rowsHtml = new RankingRows(viewer.getLanguage(), FacesContext.getCurrentInstance().getExternalContext()
                    .getRequestContextPath(), regionNames, getRanking().terms().isPublished());
        }
        return rowsHtml.cells(row);
    }

    public String publish() {
        int published = selection.publishResults(getCohortId(), belowMinimumConfirmed, viewer.getAccountId());
        PageMessages.info("selection.publish.done", published);
        return back();
    }

    private String back() {
        return "/coordinator/selection.xhtml?faces-redirect=true&cohort=" + getCohortId() + "&first=" + first;
    }

    public Ranking getRanking() {
        return thisRequest.get(() -> selection.rankingOf(cohorts.getById(getCohortId())));
    }

    /** A place of the ranking with its decision's name ("" while undecided). */
    public record Row(SelectionRanking.Place place, String decision) {
    }

    /** The page of the ranking shown: {@link #PAGE_SIZE} places from {@code first}, each with its decision. */
    public List<Row> getRows() {
        if (rows == null) {
            List<SelectionRanking.Place> places = getRanking().places();
            first = Math.max(0, Math.min(first, Math.max(0, places.size() - 1)));
            rows = places.subList(first, Math.min(places.size(), first + PAGE_SIZE)).stream().map(p -> {
                Decision d = getRanking().decisions().get(p.candidate().applicationId());
                return new Row(p, d == null ? "" : d.name());
            }).toList();
        }
        return rows;
    }

    public boolean isPrevious() {
        return first > 0;
    }

    public boolean isNext() {
        return first + PAGE_SIZE < getRanking().places().size();
    }

    public int getPreviousFirst() {
        return Math.max(0, first - PAGE_SIZE);
    }

    public int getNextFirst() {
        return first + PAGE_SIZE;
    }

    public int getLast() {
        return Math.min(getRanking().places().size(), first + PAGE_SIZE);
    }

    public int getPageSize() {
        return PAGE_SIZE;
    }

    public int getFirst() {
        return first;
    }

    public void setFirst(int first) {
        this.first = first;
    }

    /** Whether the results date has passed with the results unpublished. */
    public boolean isResultsDateMissed() {
        return !getRanking().terms().isPublished() && resultsDateOver;
    }

    public String getSpreadFlag() {
        return SelectionRanking.SPREAD_FLAG;
    }

    public LocalDate getResultsBy() {
        return resultsBy;
    }

    public CriteriaForm getWeights() {
        return weights;
    }

    public BigDecimal getBonus() {
        return bonus;
    }

    public void setBonus(BigDecimal bonus) {
        this.bonus = bonus;
    }

    public boolean isBelowMinimumConfirmed() {
        return belowMinimumConfirmed;
    }

    public void setBelowMinimumConfirmed(boolean belowMinimumConfirmed) {
        this.belowMinimumConfirmed = belowMinimumConfirmed;
    }
}
