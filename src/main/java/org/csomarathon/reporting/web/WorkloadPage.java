package org.csomarathon.reporting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.csomarathon.cohort.Cohort;
import org.csomarathon.cohort.CohortService;
import org.csomarathon.platform.web.Downloads;
import org.csomarathon.reporting.ExpertWorkload;

/** The experts' workload in a cohort ({@code coordinator/workload.xhtml?cohort=}). */
@Named
@RequestScoped
public class WorkloadPage {

    @Inject
    ExpertWorkload experts;

    @Inject
    CohortService cohorts;

    private Long cohortId;
    private String cohortName;
    private ExpertWorkload.Workload workload;

    public void load() throws IOException {
        Optional<Cohort> cohort = cohortId == null ? Optional.empty() : cohorts.findById(cohortId);
        if (cohort.isEmpty()) {
            Downloads.notFound();
            return;
        }
        cohortName = cohort.get().getName();
        workload = experts.of(cohortId);
    }

    public String hours(Optional<Duration> turnaround) {
        return WorkloadTable.hours(turnaround);
    }

    public ExpertWorkload.Workload getWorkload() {
        return workload;
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
