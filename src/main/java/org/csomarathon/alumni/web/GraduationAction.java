package org.csomarathon.alumni.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.csomarathon.alumni.Alumni;
import org.csomarathon.platform.web.PageMessages;

/** On a cohort's *Completing stage 1* page: the coordinator makes its graduates alumni now (the schedule does it when the cohort finishes). */
@Named
@RequestScoped
public class GraduationAction {

    @Inject
    Alumni alumni;

    public String graduate(long cohortId) {
        PageMessages.info("alumni.madeAlumni", alumni.graduate(cohortId));
        return "/coordinator/gate.xhtml?faces-redirect=true&cohort=" + cohortId;
    }
}
