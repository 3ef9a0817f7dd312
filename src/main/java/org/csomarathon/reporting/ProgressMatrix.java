package org.csomarathon.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.csomarathon.submissions.Assignment;
import org.csomarathon.submissions.AssignmentService;
import org.csomarathon.submissions.Outcome;
import org.csomarathon.submissions.Submission;
import org.csomarathon.submissions.WorkStatus;
import org.csomarathon.teams.NamedTeam;

/**
 * Teams × assignments of a cohort, each cell the team's status on the assignment, a page of teams
 * at a time, optionally only the teams with a member from a region or allocated to an expert. A
 * page costs four statements whatever the number of teams: the assignments, the count, the page
 * of teams and their submissions with the latest versions.
 */
@ApplicationScoped
public class ProgressMatrix {

    public static final int PAGE_SIZE = 50;

    @PersistenceContext
    EntityManager em;

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

    /** The facts of a team's piece of work, not the work itself (its texts are not needed here). */
    public record Facts(long teamId, long assignmentId, int draftRevision, Long latestVersionId, Boolean late,
                        Outcome outcome) {

        Cell cell() {
            return new Cell(Submission.status(draftRevision, latestVersionId != null, Boolean.TRUE.equals(late), outcome),
                    latestVersionId);
        }
    }

    public Page of(long cohortId, Filter filter, int first, int size) {
        List<Assignment> columns = assignments.assignmentsOfCohort(cohortId);
        long total = filtered("SELECT COUNT(t) FROM Team t", cohortId, filter, Long.class).getSingleResult();
        List<NamedTeam> teams = filtered("SELECT NEW org.csomarathon.teams.NamedTeam(t.id, t.name) FROM Team t", cohortId,
                        filter, NamedTeam.class, " ORDER BY t.name, t.id")
                .setFirstResult(first).setMaxResults(size).getResultList();
        Map<Long, Map<Long, Cell>> cells = new HashMap<>();
        if (!teams.isEmpty()) {
            for (Facts f : em.createQuery("SELECT NEW org.csomarathon.reporting.ProgressMatrix$Facts(s.team.id, "
                            + "s.assignment.id, s.draftRevision, v.id, v.late, v.outcome) "
                            + "FROM Submission s LEFT JOIN SubmissionVersion v ON v.submission = s AND v.number = s.versions "
                            + "WHERE s.team.id IN :teams", Facts.class)
                    .setParameter("teams", teams.stream().map(NamedTeam::id).toList())
                    .getResultList()) {
                cells.computeIfAbsent(f.teamId(), k -> new HashMap<>()).put(f.assignmentId(), f.cell());
            }
        }
        Cell notStarted = new Cell(WorkStatus.NOT_STARTED, null);
        List<Row> rows = teams.stream().map(t -> new Row(t.id(), t.name(), columns.stream()
                .map(a -> cells.getOrDefault(t.id(), Map.of()).getOrDefault(a.getId(), notStarted)).toList()))
                .toList();
        return new Page(columns, rows, total, first);
    }

    private <T> TypedQuery<T> filtered(String select, long cohortId, Filter filter, Class<T> type, String... order) {
        StringBuilder q = new StringBuilder(select).append(" WHERE t.cohort.id = :c");
        if (filter.regionCode() != null) {
            q.append(" AND EXISTS (SELECT m FROM TeamMembership m JOIN m.account a, Organisation o "
                    + "WHERE m.team = t AND m.leftAt IS NULL AND o.id = a.organisationId AND o.region.code = :region)");
        }
        if (filter.expertId() != null) {
            q.append(" AND EXISTS (SELECT al FROM Allocation al WHERE al.team = t AND al.expert.id = :expert)");
        }
        for (String o : order) {
            q.append(o);
        }
        TypedQuery<T> query = em.createQuery(q.toString(), type).setParameter("c", cohortId);
        if (filter.regionCode() != null) {
            query.setParameter("region", filter.regionCode());
        }
        if (filter.expertId() != null) {
            query.setParameter("expert", filter.expertId());
        }
        return query;
    }
}
