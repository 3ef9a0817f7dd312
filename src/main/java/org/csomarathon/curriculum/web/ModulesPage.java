package org.csomarathon.curriculum.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.csomarathon.cohort.Cohort;
import org.csomarathon.cohort.CohortService;
import org.csomarathon.curriculum.CurriculumService;
import org.csomarathon.curriculum.WeeklyModule;

/** The coordinator's list of a cohort's modules (?cohort=, the current cohort by default). */
@Named
@RequestScoped
public class ModulesPage {

    @Inject
    CohortService cohorts;

    @Inject
    CurriculumService curriculum;

    private Long cohortId;
    private Cohort cohort;
    private List<WeeklyModule> modules = List.of();

    /** View action. */
    public void load() {
        cohort = cohortId == null ? cohorts.findCurrent().orElse(null) : cohorts.getById(cohortId);
        if (cohort != null) {
            modules = curriculum.modulesOf(cohort.getId());
        }
    }

    public boolean isPresent() {
        return cohort != null;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public List<WeeklyModule> getModules() {
        return modules;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public void setCohortId(Long cohortId) {
        this.cohortId = cohortId;
    }
}
