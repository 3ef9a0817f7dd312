package org.csomarathon.curriculum.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.faces.context.FacesContext;
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
    private List<WeeklyModule> modules;

    /**
     * View action, and on demand: a post from the page's order links is decoded before any view
     * action runs, so the rows are loaded when first asked for, the cohort taken from the request.
     */
    public void load() {
        if (modules != null) {
            return;
        }
        String requested = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("cohort");
        if (cohortId == null && requested != null && requested.matches("\\d{1,18}")) {
            cohortId = Long.valueOf(requested);
        }
        cohort = cohortId == null ? cohorts.findCurrent().orElse(null) : cohorts.getById(cohortId);
        modules = cohort == null ? List.of() : curriculum.modulesOf(cohort.getId());
    }

    public String move(long moduleId, int direction) {
        curriculum.move(moduleId, direction);
        return "/coordinator/modules.xhtml?faces-redirect=true&cohort=" + cohort.getId();
    }

    public boolean isPresent() {
        load();
        return cohort != null;
    }

    public Cohort getCohort() {
        load();
        return cohort;
    }

    public List<WeeklyModule> getModules() {
        load();
        return modules;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public void setCohortId(Long cohortId) {
        this.cohortId = cohortId;
    }
}
