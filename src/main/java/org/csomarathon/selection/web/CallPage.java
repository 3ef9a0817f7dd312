package org.csomarathon.selection.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.csomarathon.curriculum.CurriculumService;
import org.csomarathon.curriculum.WeeklyModule;
import org.csomarathon.selection.SelectionService;
import org.csomarathon.selection.Weights;
import org.csomarathon.teams.web.CohortOverview;

/** The public call for applications ({@code call.xhtml}): the current cohort's programme, rules and dates. */
@Named
@RequestScoped
public class CallPage {

    @Inject
    CohortOverview overview;

    @Inject
    CurriculumService curriculum;

    @Inject
    SelectionService selection;

    private List<WeeklyModule> modules;
    private Weights weights;

    public List<WeeklyModule> getModules() {
        if (modules == null) {
            modules = overview.isPresent() ? curriculum.modulesOf(overview.getCohort().getId()) : List.of();
        }
        return modules;
    }

    /** The criteria's weights in percent of the whole, as the selection will apply them. */
    public Weights getWeights() {
        if (weights == null && overview.isPresent()) {
            weights = selection.termsOf(overview.getCohort().getId()).weights();
        }
        return weights;
    }
}
