package org.csomarathon.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.csomarathon.review.Allocations;
import org.csomarathon.submissions.Assignment;
import org.csomarathon.submissions.AssignmentService;
import org.csomarathon.submissions.CohortWork;
import org.csomarathon.submissions.WorkStatus;
import org.csomarathon.teams.NamedTeam;
import org.csomarathon.teams.TeamService;

/**
 * Teams × assignments of a cohort, each cell the team's status on the assignment, a page of teams
 * at a time, optionally only the teams with a member from a region or allocated to an expert. A
 * page costs four statements whatever the number of teams: the assignments, the count, the page
 * of teams and their submissions with the latest versions.
 */
@ApplicationScoped
public class ProgressMatrix {

    public static final int PAGE_SIZE = 50;

    @Inject
    TeamService teamService;

    @Inject
    Allocations allocations;

    @Inject
    CohortWork work;

    @Inject
    AssignmentService assignments;

    /** A cell: the status, and the latest version to open (null before the first). */
    public record Cell(WorkStatus status, Long versionId) {
    }

    public record Row(long teamId, String teamName, List<Cell> cells) {
    }

    /** Which teams: {@code regionCode} and {@code expertId} may each be null for all. */
    public record Filter(String regionCode, Long expertId) {
    }

    public record Page(List<Assignment> assignments, List<Row> rows, long teams, int first) {
    }

    public Page of(long cohortId, Filter filter, int first, int size) {
        List<Assignment> columns = assignments.assignmentsOfCohort(cohortId);
        TeamService.Selection selection = new TeamService.Selection(cohortId, filter.regionCode(),
                filter.expertId() == null ? null : allocations.teamIdsOf(cohortId, filter.expertId()));
        long total = teamService.count(selection);
        List<NamedTeam> teams = teamService.page(selection, first, size);
        Map<Long, Map<Long, Cell>> cells = new HashMap<>();
        if (!teams.isEmpty()) {
            for (CohortWork.Facts f : work.factsOf(teams.stream().map(NamedTeam::id).toList())) {
                cells.computeIfAbsent(f.teamId(), k -> new HashMap<>()).put(f.assignmentId(),
                        new Cell(f.status(), f.latestVersionId()));
            }
        }
        Cell notStarted = new Cell(WorkStatus.NOT_STARTED, null);
        List<Row> rows = teams.stream().map(t -> new Row(t.id(), t.name(), columns.stream()
                .map(a -> cells.getOrDefault(t.id(), Map.of()).getOrDefault(a.getId(), notStarted)).toList()))
                .toList();
        return new Page(columns, rows, total, first);
    }
}
