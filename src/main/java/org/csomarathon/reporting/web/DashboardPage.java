package org.csomarathon.reporting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.csomarathon.cohort.Cohort;
import org.csomarathon.cohort.CohortService;
import org.csomarathon.platform.web.Downloads;
import org.csomarathon.reporting.CohortFunnel;

/** The coordinator's cohort dashboard ({@code coordinator/dashboard.xhtml?cohort=}): the funnel from applying to stage 2. */
@Named
@RequestScoped
public class DashboardPage {

    @Inject
    CohortFunnel funnel;

    @Inject
    CohortService cohorts;

    private Long cohortId;
    private String cohortName;
    private List<CohortFunnel.Step> steps;

    public void load() throws IOException {
        Optional<Cohort> cohort = cohortId == null ? Optional.empty() : cohorts.findById(cohortId);
        if (cohort.isEmpty()) {
            Downloads.notFound();
            return;
        }
        cohortName = cohort.get().getName();
        steps = funnel.of(cohortId);
    }

    /** The widest step, the bars' common scale (at least 1, so an empty funnel draws empty bars). */
    public long getWidest() {
        return Math.max(1, steps.stream().mapToLong(CohortFunnel.Step::people).max().orElse(0));
    }

    /** The share of the step before that reached this one, in percent; -1 for the first step or after nobody. */
    public long ofPrevious(int index) {
        if (index == 0 || steps.get(index - 1).people() == 0) {
            return -1;
        }
        return Math.round(100.0 * steps.get(index).people() / steps.get(index - 1).people());
    }

    public List<CohortFunnel.Step> getSteps() {
        return steps;
    }

    public String getCohortName() {
        return cohortName;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public void setCohortId(Long cohortId) {
        this.cohortId = cohortId;
    }
}
