package org.csomarathon.submissions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the rooms above read of a cohort's work — the gate, the dashboard, the at-risk lists, the matrix,
 * the funder's report — as typed queries over the submissions' own tables: they never read them directly.
 * Each is one statement whatever the number of teams.
 */
@ApplicationScoped
public class CohortWork {

    @PersistenceContext
    EntityManager em;

    /** A team and the number of its versions returned for revision. */
    public record Returned(long teamId, String teamName, long versions) {
    }

    /** Of an assignment's pieces of work: how many were handed in, and how many of those were accepted. */
    public record Handed(long assignmentId, Number handedIn, Number accepted) {
    }

    /** The facts of a team's piece of work, not the work itself (its texts are not needed by a table of the cohort). */
    public record Facts(long teamId, long assignmentId, int draftRevision, Long latestVersionId, Boolean late,
                        Outcome outcome) {

        public WorkStatus status() {
            return Submission.status(draftRevision, latestVersionId != null, Boolean.TRUE.equals(late), outcome);
        }
    }

    /**
     * The work accepted for each person of the cohort: an accepted version of a team they were in when that
     * version was sent. Only the one person given, if one is.
     */
    public Set<PersonWork> acceptedWork(long cohortId, Long onlyAccountId) {
        return Set.copyOf(forPeople("v.outcome = org.csomarathon.submissions.Outcome.ACCEPTED AND m.joinedAt <= v.submittedAt "
                + "AND (m.leftAt IS NULL OR m.leftAt > v.submittedAt)", cohortId, onlyAccountId));
    }

    /** The work of the person's current team waiting for the expert: its newest version has no outcome yet. */
    public Set<PersonWork> waitingWork(long cohortId, long accountId) {
        return Set.copyOf(forPeople("v.outcome IS NULL AND m.leftAt IS NULL "
                + "AND v.number = (SELECT MAX(w.number) FROM SubmissionVersion w WHERE w.submission = s)", cohortId, accountId));
    }

    private List<PersonWork> forPeople(String condition, long cohortId, Long onlyAccountId) {
        TypedQuery<PersonWork> query = em.createQuery("SELECT DISTINCT NEW org.csomarathon.submissions.PersonWork(m.account.id, "
                + "s.assignment.id) FROM SubmissionVersion v JOIN v.submission s, TeamMembership m WHERE m.team = s.team AND "
                + condition + " AND s.team.cohort.id = :c" + (onlyAccountId == null ? "" : " AND m.account.id = :account"),
                PersonWork.class).setParameter("c", cohortId);
        return (onlyAccountId == null ? query : query.setParameter("account", onlyAccountId)).getResultList();
    }

    /** The teams with at least {@code minimum} versions returned for revision, most first. */
    public List<Returned> returnedForRevision(long cohortId, long minimum) {
        return em.createQuery("SELECT NEW org.csomarathon.submissions.CohortWork$Returned(s.team.id, s.team.name, COUNT(v)) "
                        + "FROM SubmissionVersion v JOIN v.submission s WHERE s.team.cohort.id = :c "
                        + "AND v.outcome = org.csomarathon.submissions.Outcome.NEEDS_REVISION "
                        + "GROUP BY s.team.id, s.team.name HAVING COUNT(v) >= :n ORDER BY COUNT(v) DESC, s.team.name",
                        Returned.class)
                .setParameter("c", cohortId).setParameter("n", minimum).getResultList();
    }

    /** How many of the team's versions were returned for revision. */
    public long returnedCount(long cohortId, long teamId) {
        return em.createQuery("SELECT COUNT(v) FROM SubmissionVersion v JOIN v.submission s "
                        + "WHERE s.team.id = :t AND s.team.cohort.id = :c "
                        + "AND v.outcome = org.csomarathon.submissions.Outcome.NEEDS_REVISION", Long.class)
                .setParameter("t", teamId).setParameter("c", cohortId).getSingleResult();
    }

    /** Every (team, assignment) pair of the cohort with something handed in. */
    public Set<TeamWork> handedIn(long cohortId) {
        return Set.copyOf(em.createQuery("SELECT NEW org.csomarathon.submissions.TeamWork(s.team.id, s.assignment.id) "
                        + "FROM Submission s WHERE s.team.cohort.id = :c AND s.versions > 0", TeamWork.class)
                .setParameter("c", cohortId).getResultList());
    }

    /** The dates of every extension granted in the cohort, by team and assignment. */
    public Map<TeamWork, Deadline> extendedDeadlines(long cohortId) {
        Map<TeamWork, Deadline> extended = new HashMap<>();
        em.createQuery("SELECT e FROM Extension e WHERE e.team.cohort.id = :c", Extension.class)
                .setParameter("c", cohortId).getResultList()
                .forEach(e -> extended.put(new TeamWork(e.getTeam().getId(), e.getAssignment().getId()), e.deadline()));
        return extended;
    }

    /** How many of the teams' latest versions wait for feedback. */
    public long waitingForFeedback(long cohortId) {
        return em.createQuery("SELECT COUNT(s) FROM Submission s JOIN SubmissionVersion v ON v.submission = s "
                        + "AND v.number = s.versions WHERE s.team.cohort.id = :c AND v.outcome IS NULL", Long.class)
                .setParameter("c", cohortId).getSingleResult();
    }

    /** How many people are in a team now that has handed something in. */
    public long activePeople(long cohortId) {
        return em.createQuery("SELECT COUNT(DISTINCT m.account.id) FROM TeamMembership m WHERE m.team.cohort.id = :c "
                        + "AND m.leftAt IS NULL AND EXISTS (SELECT s FROM Submission s WHERE s.team = m.team "
                        + "AND s.versions > 0)", Long.class)
                .setParameter("c", cohortId).getSingleResult();
    }

    /** Per assignment: how many teams handed it in and how many of those had it accepted. */
    public Map<Long, Handed> handedAndAccepted(long cohortId) {
        Map<Long, Handed> counts = new HashMap<>();
        em.createQuery("SELECT NEW org.csomarathon.submissions.CohortWork$Handed(s.assignment.id, COUNT(s), "
                        + "SUM(CASE WHEN EXISTS (SELECT v FROM SubmissionVersion v WHERE v.submission = s "
                        + "AND v.outcome = org.csomarathon.submissions.Outcome.ACCEPTED) THEN 1 ELSE 0 END)) "
                        + "FROM Submission s WHERE s.team.cohort.id = :c AND s.versions > 0 GROUP BY s.assignment.id",
                        Handed.class)
                .setParameter("c", cohortId).getResultList().forEach(h -> counts.put(h.assignmentId(), h));
        return counts;
    }

    /** The facts of every piece of work of the teams, with each one's latest version. */
    public List<Facts> factsOf(Collection<Long> teamIds) {
        return em.createQuery("SELECT NEW org.csomarathon.submissions.CohortWork$Facts(s.team.id, s.assignment.id, "
                        + "s.draftRevision, v.id, v.late, v.outcome) "
                        + "FROM Submission s LEFT JOIN SubmissionVersion v ON v.submission = s AND v.number = s.versions "
                        + "WHERE s.team.id IN :teams", Facts.class)
                .setParameter("teams", teamIds).getResultList();
    }
}
