package org.csomarathon.stage2.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.csomarathon.cohort.Cohort;
import org.csomarathon.cohort.web.OneCohortPage;
import org.csomarathon.identity.web.Viewer;
import org.csomarathon.platform.web.PageMessages;
import org.csomarathon.stage2.Stage2Ranking.Weights;
import org.csomarathon.stage2.Stage2Service.Ranking;
import org.csomarathon.stage2.Stage2Service;

/**
 * The coordinator's stage-2 ranking ({@code coordinator/stage2.xhtml?cohort=}): everyone who passed
 * the gate, ranked by stage-1 results with the cohort's weights, which are set here too.
 */
@Named
@ViewScoped
public class Stage2Page extends OneCohortPage {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Stage2Service stage2;

    @Inject
    Viewer viewer;

    private int stage2Seats;
    private Integer rubric;
    private Integer punctuality;
    private Integer attendance;
    private transient Ranking ranking;

    @Override
    protected void show(Cohort cohort) {
        stage2Seats = cohort.getStage2Seats();
        Weights w = getRanking().weights();
        rubric = w.rubric();
        punctuality = w.punctuality();
        attendance = w.attendance();
    }

    public String saveWeights() {
        stage2.changeWeights(getCohortId(), new Weights(orZero(rubric), orZero(punctuality), orZero(attendance)),
                viewer.getAccountId());
        PageMessages.info("stage2.weights.saved");
        return "/coordinator/stage2.xhtml?faces-redirect=true&cohort=" + getCohortId();
    }

    private static int orZero(Integer weight) {
        return weight == null ? 0 : weight;
    }

    public Ranking getRanking() {
        if (ranking == null) {
            ranking = stage2.rankingOf(getCohortId());
        }
        return ranking;
    }

    /** The seats the cohort has at stage 2, which the invitations offer first. */
    public int getStage2Seats() {
        return stage2Seats;
    }

    public Integer getRubric() {
        return rubric;
    }

    public void setRubric(Integer rubric) {
        this.rubric = rubric;
    }

    public Integer getPunctuality() {
        return punctuality;
    }

    public void setPunctuality(Integer punctuality) {
        this.punctuality = punctuality;
    }

    public Integer getAttendance() {
        return attendance;
    }

    public void setAttendance(Integer attendance) {
        this.attendance = attendance;
    }
}
