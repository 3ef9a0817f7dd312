package org.csomarathon.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.csomarathon.demo.DemoCohort;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The pages each role visits, as the server sends them, through the W3C Nu HTML checker: no error
 * that the project's own markup causes (Faces' and PrimeFaces' own are listed in {@link HtmlChecker#KNOWN}).
 */
@MarathonIT
class MarkupIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.marathon();
    }

    @ArquillianResource
    URL base;

    @Test
    void everyRolesPagesHaveNoMarkupErrorOfTheProjectsOwn() {
        long demo = TestCohorts.demoCohort();
        long call = TestCohorts.demoCallCohort();
        long module = TestCohorts.demoModule(1);
        long assignment = TestDatabase.count("SELECT MIN(a.id) FROM assignment a WHERE a.module_id = ?", module);
        long review = TestDatabase.count("SELECT MIN(r.id) FROM review r JOIN account e ON e.id = r.expert_id "
                + "WHERE e.email = 'expert1@example.org'");
        long application = TestDatabase.count("SELECT MIN(id) FROM application WHERE cohort_id = ?", call);
        Map<String, List<String>> pages = new LinkedHashMap<>();
        pages.put("", List.of("", "call.xhtml", "register.xhtml", "signin.xhtml", "password-reset.xhtml", "no-such-page.xhtml"));
        pages.put("coordinator@example.org", List.of("coordinator/index.xhtml", "coordinator/cohorts.xhtml",
                "coordinator/dashboard.xhtml?cohort=" + demo, "coordinator/progress.xhtml?cohort=" + demo,
                "coordinator/gate.xhtml?cohort=" + demo, "coordinator/at-risk.xhtml?cohort=" + demo,
                "coordinator/workload.xhtml?cohort=" + demo, "coordinator/funder.xhtml?cohort=" + demo,
                "coordinator/teams.xhtml?cohort=" + demo, "coordinator/allocation.xhtml?cohort=" + demo,
                "coordinator/stage2.xhtml?cohort=" + demo, "coordinator/programme.xhtml?cohort=" + demo,
                "coordinator/applications.xhtml?cohort=" + call,
                "coordinator/application.xhtml?id=" + application, "coordinator/selection.xhtml?cohort=" + call,
                "coordinator/modules.xhtml", "coordinator/module.xhtml?id=" + module, "coordinator/assignment.xhtml?id=" + assignment,
                "coordinator/rubrics.xhtml", "coordinator/queue.xhtml", "coordinator/audit.xhtml", "account/calendar.xhtml",
                "account/notices.xhtml", "account/preferences.xhtml"));
        pages.put("participant01@example.org", List.of("participant/index.xhtml", "participant/modules.xhtml",
                "participant/module.xhtml?id=" + module, "participant/team.xhtml", "participant/gate.xhtml",
                "participant/assignment.xhtml?id=" + assignment, "account/calendar.xhtml"));
        pages.put("expert1@example.org", List.of("expert/index.xhtml", "expert/queue.xhtml", "expert/review.xhtml?id=" + review,
                "expert/meetings.xhtml"));
        pages.put("reviewer1@example.org", List.of("reviewer/index.xhtml"));
        pages.put("applicant@example.org", List.of("apply/index.xhtml"));
        pages.put("admin@example.org", List.of("admin/index.xhtml", "admin/system.xhtml", "admin/outbox.xhtml"));
        Map<String, List<String>> found = new LinkedHashMap<>();
        pages.forEach((email, paths) -> {
            WebSession person = new WebSession(base);
            if (!email.isEmpty()) {
                person.signIn(email, DemoCohort.PASSWORD);
            }
            for (String path : paths) {
                List<String> errors = HtmlChecker.errors(person.get(path).body());
                if (!errors.isEmpty()) {
                    found.put((email.isEmpty() ? "visitor" : email) + " /" + path, errors);
                }
            }
        });
        assertEquals(Map.of(), found, "markup errors by page");
    }
}
