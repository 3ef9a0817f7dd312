package org.csomarathon.selection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import org.csomarathon.platform.BusinessException;

/** A cohort's selection terms: the criteria's weights, the bonus for previous involvement, and when the results went out. */
@Entity
@Table(name = "selection_terms")
public class SelectionTerms {

    public static final BigDecimal DEFAULT_BONUS = new BigDecimal("0.50");
    public static final BigDecimal MAX_BONUS = new BigDecimal("5.00");

    @Id
    @Column(name = "cohort_id")
    private Long cohortId;

    @Column(name = "weight_development", nullable = false)
    private int development;

    @Column(name = "weight_transparency", nullable = false)
    private int transparency;

    @Column(name = "weight_motivation", nullable = false)
    private int motivation;

    @Column(name = "weight_plans", nullable = false)
    private int plans;

    @Column(name = "weight_commitment", nullable = false)
    private int commitment;

    @Column(name = "involvement_bonus", nullable = false)
    private BigDecimal involvementBonus;

    @Column(name = "results_published_at")
    private Instant resultsPublishedAt;

    @Version
    private int version;

    protected SelectionTerms() {
    }

    /** The terms a cohort has until its coordinator changes them. */
    SelectionTerms(long cohortId) {
        this.cohortId = cohortId;
        change(Weights.EQUAL, DEFAULT_BONUS);
    }

    void change(Weights weights, BigDecimal bonus) {
        if (bonus == null || bonus.signum() < 0 || bonus.compareTo(MAX_BONUS) > 0) {
            throw new BusinessException("selection.bonus.range", MAX_BONUS);
        }
        development = weights.development();
        transparency = weights.transparency();
        motivation = weights.motivation();
        plans = weights.plans();
        commitment = weights.commitment();
        involvementBonus = bonus.setScale(2, RoundingMode.HALF_UP);
    }

    void published(Instant now) {
        resultsPublishedAt = now;
    }

    public Weights weights() {
        return new Weights(development, transparency, motivation, plans, commitment);
    }

    public BigDecimal getInvolvementBonus() {
        return involvementBonus;
    }

    public Instant getResultsPublishedAt() {
        return resultsPublishedAt;
    }

    public boolean isPublished() {
        return resultsPublishedAt != null;
    }
}
