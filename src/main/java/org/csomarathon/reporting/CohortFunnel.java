package org.csomarathon.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.csomarathon.cohort.Cohort;
import org.csomarathon.cohort.CohortService;
import org.csomarathon.gate.GateService;
import org.csomarathon.intake.IntakeService;
import org.csomarathon.platform.BusinessException;
import org.csomarathon.submissions.CohortWork;
import org.csomarathon.teams.TeamService;

/**
 * How far the people of a cohort got: applied (submitted), eligible, admitted (participants of the
 * cohort), active (in a team that has handed in work), passed the gate, and the stage-2 seats they
 * compete for — in a fixed number of statements.
 */
@ApplicationScoped
public class CohortFunnel {

    @Inject
    CohortService cohorts;

    @Inject
    IntakeService intake;

    @Inject
    TeamService teams;

    @Inject
    CohortWork work;

    @Inject
    GateService gate;

    /** A step of the funnel: its message key and how many people reached it. */
    public record Step(String key, long people) {
    }

    public List<Step> of(long cohortId) {
        Cohort cohort = cohorts.findById(cohortId).orElseThrow(() -> new BusinessException("cohort.unknown"));
        IntakeService.Submitted applications = intake.submittedCounts(cohortId);
        long admitted = teams.participantCount(cohortId);
        long active = work.activePeople(cohortId);
        long passed = gate.overview(cohortId).stream().filter(p -> p.check().isPassed()).count();
        return List.of(
                new Step("funnel.applied", number(applications.applications())),
                new Step("funnel.eligible", number(applications.eligible())),
                new Step("funnel.admitted", admitted),
                new Step("funnel.active", active),
                new Step("funnel.passed", passed),
                new Step("funnel.stage2", Math.min(passed, cohort.getStage2Seats())));
    }

    private static long number(Number value) {
        return value == null ? 0 : value.longValue();
    }
}
