package org.csomarathon.reporting.web;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;
import org.csomarathon.cohort.Cohort;
import org.csomarathon.cohort.web.CohortPicker;
import org.csomarathon.platform.web.Downloads;

/**
 * A coordinator's report on one cohort ({@code ?cohort=}): an unknown cohort is not found, a known
 * one is named in the title and its figures computed once per request by {@link #show(Cohort)}.
 */
public abstract class CohortReportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CohortPicker picker;

    private Long cohortId;
    private String cohortName;

    /** The view action. */
    public void load() throws IOException {
        Optional<Cohort> cohort = picker.pick(cohortId);
        if (cohort.isEmpty()) {
            Downloads.notFound();
            return;
        }
        cohortId = cohort.get().getId();
        cohortName = cohort.get().getName();
        show(cohort.get());
    }

    protected abstract void show(Cohort cohort);

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
