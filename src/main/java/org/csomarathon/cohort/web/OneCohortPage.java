package org.csomarathon.cohort.web;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;
import org.csomarathon.cohort.Cohort;
import org.csomarathon.platform.web.NotFound;

/**
 * A coordinator's page of one cohort ({@code ?cohort=}; without it, the one chosen last, else the current one): an
 * unknown or malformed cohort is not found, a known one is named in the title and shown by
 * {@link #show(Cohort)}.
 */
public abstract class OneCohortPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CohortPicker picker;

    private Long cohortId;
    private String cohortName;

    /** The view action. */
    public void load() throws IOException {
        Optional<Cohort> cohort = picker.pick(cohortId);
        if (cohort.isEmpty()) {
            NotFound.answer();
            return;
        }
        cohortId = cohort.get().getId();
        cohortName = cohort.get().getName();
        show(cohort.get());
    }

    /** What the page computes once the cohort is known; nothing for a page that reads as it is written. */
    protected void show(Cohort cohort) {
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
