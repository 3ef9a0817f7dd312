package org.csomarathon.reporting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.csomarathon.cohort.Cohort;
import org.csomarathon.cohort.web.OneCohortPage;
import org.csomarathon.identity.web.Viewer;
import org.csomarathon.platform.Texts;
import org.csomarathon.reporting.CohortFunnel;
import org.csomarathon.reporting.CohortWeek;
import org.csomarathon.reporting.FunderReport;

/**
 * The coordinator's cohort dashboard ({@code coordinator/dashboard.xhtml?cohort=}): the funnel from
 * applying to stage 2, this week (module, work due, overdue, waiting for feedback, next meetings) and
 * how far the teams got with each assignment — each chart beside a table with its numbers.
 */
@Named
@RequestScoped
public class DashboardPage extends OneCohortPage {

    @Inject
    CohortFunnel funnel;

    @Inject
    CohortWeek weeks;

    @Inject
    FunderReport report;

    @Inject
    Viewer viewer;

    private List<CohortFunnel.Step> steps;
    private CohortWeek.Week week;
    private List<FunderReport.AssignmentRow> assignments;

    @Override
    protected void show(Cohort cohort) {
        steps = funnel.of(cohort.getId());
        week = weeks.of(cohort.getId());
        assignments = report.assignmentsOf(cohort.getId());
    }

    /** The share of the step before that reached this one, in percent; -1 for the first step or after nobody. */
    public long ofPrevious(int index) {
        if (index == 0 || steps.get(index - 1).people() == 0) {
            return -1;
        }
        return FunderReport.percent(steps.get(index).people(), steps.get(index - 1).people());
    }

    /** The funnel as horizontal bars. */
    public String getFunnelChart() {
        return Charts.bars(steps.stream().map(s -> text(s.key())).toList(),
                List.of(new Charts.Series(text("funnel.people"), steps.stream().map(CohortFunnel.Step::people).toList())),
                true);
    }

    /** Per assignment, the teams that handed it in and those whose work was accepted. */
    public String getAssignmentsChart() {
        List<Long> handedIn = assignments.stream().map(FunderReport.AssignmentRow::handedIn).toList();
        List<Long> accepted = assignments.stream().map(FunderReport.AssignmentRow::accepted).toList();
        return Charts.bars(assignments.stream().map(FunderReport.AssignmentRow::title).toList(), List.of(
                new Charts.Series(text("dashboard.handedIn"), handedIn), new Charts.Series(text("dashboard.accepted"), accepted)),
                false);
    }

    private String text(String key) {
        return Texts.format(viewer.getLanguage(), key);
    }

    public List<CohortFunnel.Step> getSteps() {
        return steps;
    }

    public CohortWeek.Week getWeek() {
        return week;
    }

    public List<FunderReport.AssignmentRow> getAssignments() {
        return assignments;
    }
}
