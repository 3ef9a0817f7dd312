package org.csomarathon.selection.web;

import java.io.Serializable;
import org.csomarathon.platform.BusinessException;
import org.csomarathon.selection.Scores;
import org.csomarathon.selection.Weights;

/** Five numbers, one per selection criterion, as a form holds them: a reviewer's scores or the cohort's weights. */
public class CriteriaForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Integer development;
    private Integer transparency;
    private Integer motivation;
    private Integer plans;
    private Integer commitment;

    static CriteriaForm of(int development, int transparency, int motivation, int plans, int commitment) {
        CriteriaForm form = new CriteriaForm();
        form.development = development;
        form.transparency = transparency;
        form.motivation = motivation;
        form.plans = plans;
        form.commitment = commitment;
        return form;
    }

    /** Refused, naming the rule, while a criterion has no score. */
    Scores scores() {
        if (development == null || transparency == null || motivation == null || plans == null || commitment == null) {
            throw new BusinessException("selection.score.missing");
        }
        return new Scores(development, transparency, motivation, plans, commitment);
    }

    /** An empty weight counts as 0. */
    Weights weights() {
        return new Weights(orZero(development), orZero(transparency), orZero(motivation), orZero(plans), orZero(commitment));
    }

    private static int orZero(Integer n) {
        return n == null ? 0 : n;
    }

    public Integer getDevelopment() {
        return development;
    }

    public void setDevelopment(Integer development) {
        this.development = development;
    }

    public Integer getTransparency() {
        return transparency;
    }

    public void setTransparency(Integer transparency) {
        this.transparency = transparency;
    }

    public Integer getMotivation() {
        return motivation;
    }

    public void setMotivation(Integer motivation) {
        this.motivation = motivation;
    }

    public Integer getPlans() {
        return plans;
    }

    public void setPlans(Integer plans) {
        this.plans = plans;
    }

    public Integer getCommitment() {
        return commitment;
    }

    public void setCommitment(Integer commitment) {
        this.commitment = commitment;
    }
}
