package org.csomarathon.intake.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.csomarathon.cohort.Cohort;
import org.csomarathon.identity.web.Viewer;
import org.csomarathon.intake.Application;
import org.csomarathon.intake.IntakeService;

/** The applicant's home ({@code apply/index.xhtml}): the calls open now and their applications with the decisions. */
@Named
@RequestScoped
public class MyApplications {

    @Inject
    IntakeService intake;

    @Inject
    Viewer viewer;

    private List<Cohort> openCalls;
    private List<Application> applications;

    public List<Cohort> getOpenCalls() {
        if (openCalls == null) {
            openCalls = intake.openCalls();
        }
        return openCalls;
    }

    public List<Application> getApplications() {
        if (applications == null) {
            applications = intake.applicationsOf(viewer.getAccountId());
        }
        return applications;
    }

    public boolean started(long cohortId) {
        return getApplications().stream().anyMatch(a -> a.getCohort().getId() == cohortId);
    }
}
