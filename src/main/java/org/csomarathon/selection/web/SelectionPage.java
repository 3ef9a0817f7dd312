package org.csomarathon.selection.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.csomarathon.cohort.Cohort;
import org.csomarathon.cohort.CohortService;
import org.csomarathon.identity.web.Viewer;
import org.csomarathon.intake.Decision;
import org.csomarathon.platform.web.Downloads;
import org.csomarathon.platform.web.Feedback;
import org.csomarathon.selection.SelectionRanking;
import org.csomarathon.selection.SelectionService;
import org.csomarathon.selection.SelectionService.Ranking;
import org.csomarathon.selection.Weights;

/**
 * The cohort's selection ({@code coordinator/selection.xhtml?cohort=}): the ranked list with the
 * decisions, the weights and bonus it is computed with, and publishing the results.
 */
@Named
@ViewScoped
public class SelectionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SelectionService selection;

    @Inject
    transient CohortService cohorts;

    @Inject
    transient Clock clock;

    @Inject
    Viewer viewer;

    private Long cohortId;
    private String cohortName;
    private boolean resultsDateOver;
    private LocalDate resultsBy;
    private CriteriaForm weights = new CriteriaForm();
    private BigDecimal bonus;
    private boolean belowMinimumConfirmed;
    private transient Ranking ranking;

    public void load() throws IOException {
        Optional<Cohort> cohort = cohortId == null ? Optional.empty() : cohorts.findById(cohortId);
        if (cohort.isEmpty()) {
            Downloads.notFound();
            return;
        }
        cohortName = cohort.get().getName();
        resultsDateOver = cohort.get().resultsDateOverAt(clock.instant());
        resultsBy = cohort.get().getResultsBy();
        ranking = selection.rankingOf(cohort.get());
        Weights w = getRanking().terms().weights();
        weights = CriteriaForm.of(w.development(), w.transparency(), w.motivation(), w.plans(), w.commitment());
        bonus = getRanking().terms().getInvolvementBonus();
    }

    public String saveTerms() {
        selection.changeTerms(cohortId, weights.weights(), bonus);
        Feedback.info("selection.terms.saved");
        return back();
    }

    public String decide(long applicationId, String decision) {
        selection.decide(applicationId, Decision.valueOf(decision), viewer.getAccountId());
        Feedback.info("selection.decision.saved");
        return back();
    }

    public String publish() {
        int published = selection.publishResults(cohortId, belowMinimumConfirmed, viewer.getAccountId());
        Feedback.info("selection.publish.done", published);
        return back();
    }

    private String back() {
        return "/coordinator/selection.xhtml?faces-redirect=true&cohort=" + cohortId;
    }

    public Ranking getRanking() {
        if (ranking == null) {
            ranking = selection.rankingOf(cohorts.getById(cohortId));
        }
        return ranking;
    }

    public String decisionOf(SelectionRanking.Place place) {
        Decision d = getRanking().decisions().get(place.candidate().applicationId());
        return d == null ? "" : d.name();
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

    public Long getCohortId() {
        return cohortId;
    }

    public void setCohortId(Long cohortId) {
        this.cohortId = cohortId;
    }

    public String getCohortName() {
        return cohortName;
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
