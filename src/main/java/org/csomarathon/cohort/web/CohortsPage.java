package org.csomarathon.cohort.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.csomarathon.cohort.Cohort;
import org.csomarathon.cohort.CohortService;

/** The coordinator's list of every yearly edition. */
@Named
@RequestScoped
public class CohortsPage {

    @Inject
    CohortService cohorts;

    private List<Cohort> all;

    public List<Cohort> getAll() {
        if (all == null) {
            all = cohorts.all();
        }
        return all;
    }
}
