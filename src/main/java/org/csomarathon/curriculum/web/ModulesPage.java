package org.csomarathon.curriculum.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.csomarathon.cohort.Cohort;
import org.csomarathon.cohort.web.CohortPicker;
import org.csomarathon.curriculum.CurriculumService;
import org.csomarathon.curriculum.WeeklyModule;
import org.csomarathon.platform.web.NotFound;

/** The coordinator's list of a cohort's modules (?cohort=, the current cohort by default). */
@Named
@RequestScoped
public class ModulesPage {

    @Inject
    CohortPicker picker;

    @Inject
    CurriculumService curriculum;

    private Long cohortId;
    private Cohort cohort;
    private List<WeeklyModule> modules;

    /** View action: an unknown cohort is not found. */
    public void load() throws IOException {
        read();
        if (cohort == null && cohortId != null) {
            NotFound.answer();
        }
    }

    /**
     * On demand: a post from the page's order links is decoded before any view action runs, so the
     * rows are loaded when first asked for, the cohort taken from the request.
     */
    private void read() {
        if (modules != null) {
            return;
        }
        String requested = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("cohort");
        if (cohortId == null && requested != null && !requested.isEmpty()) {
            cohortId = Long.valueOf(requested);
        }
        cohort = picker.pick(cohortId).orElse(null);
        modules = cohort == null ? List.of() : curriculum.modulesOf(cohort.getId());
    }

    public String move(long moduleId, int direction) {
        curriculum.move(moduleId, direction);
        return "/coordinator/modules.xhtml?faces-redirect=true&cohort=" + cohort.getId();
    }

    public boolean isPresent() {
        read();
        return cohort != null;
    }

    public Cohort getCohort() {
        read();
        return cohort;
    }

    public List<WeeklyModule> getModules() {
        read();
        return modules;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public void setCohortId(Long cohortId) {
        this.cohortId = cohortId;
    }
}
