package org.csomarathon.submissions.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.csomarathon.submissions.Assignment;
import org.csomarathon.submissions.AssignmentService;

/** The assignments of a module, for the coordinator's module page. */
@Named
@RequestScoped
public class ModuleAssignments {

    @Inject
    AssignmentService assignments;

    private List<Assignment> found;

    public List<Assignment> of(long moduleId) {
        if (found == null) {
            found = assignments.assignmentsOf(moduleId);
        }
        return found;
    }
}
