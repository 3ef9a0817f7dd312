package org.csomarathon.reporting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.Optional;
import org.csomarathon.cohort.Cohort;
import org.csomarathon.cohort.web.OneCohortPage;
import org.csomarathon.reporting.ExpertWorkload;

/** The experts' workload in a cohort ({@code coordinator/workload.xhtml?cohort=}). */
@Named
@RequestScoped
public class WorkloadPage extends OneCohortPage {

    @Inject
    ExpertWorkload experts;

    private ExpertWorkload.Workload workload;

    @Override
    protected void show(Cohort cohort) {
        workload = experts.of(cohort.getId());
    }

    public String hours(Optional<Duration> turnaround) {
        return WorkloadTable.hours(turnaround);
    }

    public ExpertWorkload.Workload getWorkload() {
        return workload;
    }
}
