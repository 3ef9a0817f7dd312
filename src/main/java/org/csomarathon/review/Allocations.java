package org.csomarathon.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.csomarathon.cohort.CohortStaff;
import org.csomarathon.identity.Account;
import org.csomarathon.identity.Role;
import org.csomarathon.intake.Organisation;
import org.csomarathon.platform.BusinessException;
import org.csomarathon.submissions.Assignment;
import org.csomarathon.submissions.AssignmentService;
import org.csomarathon.submissions.VersionSubmitted;
import org.csomarathon.teams.Team;
import org.csomarathon.teams.TeamService;

/**
 * Who reviews what, as the coordinator allocates it: experts allocated to teams (for the whole marathon
 * or one assignment), conflicts of interest refused, and a review waiting for every submitted version
 * with the expert it falls to.
 */
@ApplicationScoped
public class Allocations {

    @PersistenceContext
    EntityManager em;

    @Inject
    CohortStaff staff;

    @Inject
    TeamService teams;

    @Inject
    AssignmentService assignments;

    @Inject
    Clock clock;

    /**
     * Allocates the expert to the team, for one assignment or (null) the whole marathon; an expert
     * from the organisation of one of the team's members is refused. The pending reviews of that
     * scope move to the expert.
     */
    @Transactional
    public Allocation allocate(long teamId, Long assignmentId, long expertId, long allocatedBy) {
        Team team = teams.getTeam(teamId);
        Account expert = Optional.ofNullable(em.find(Account.class, expertId))
                .filter(a -> a.getRoles().contains(Role.EXPERT))
                .orElseThrow(() -> new BusinessException("review.allocation.notExpert"));
        Assignment assignment = null;
        if (assignmentId != null) {
            assignment = assignments.getAssignment(assignmentId);
            if (!assignment.getModule().getCohort().getId().equals(team.getCohort().getId())) {
                throw new BusinessException("assignment.unknown");
            }
        }
        if (!staff.isNamed(team.getCohort().getId(), expertId, Role.EXPERT)) {
            throw new BusinessException("review.allocation.notNamed", expert.getFullName());
        }
        conflictOfInterest(team, expert).ifPresent(o -> {
            throw new BusinessException("review.allocation.conflict", expert.getFullName(), o.getName(), team.getName());
        });
        Account by = em.getReference(Account.class, allocatedBy);
        Allocation allocation = findAllocation(teamId, assignmentId).orElse(null);
        if (allocation == null) {
            allocation = new Allocation(team, assignment, expert, by, clock.instant());
            em.persist(allocation);
        } else {
            allocation.reallocate(expert, by, clock.instant());
        }
        movePendingReviews(team, assignment, expert);
        return allocation;
    }

    /** The organisation the expert shares with a current member of the team, if any. */
    public Optional<Organisation> conflictOfInterest(Team team, Account expert) {
        Long own = expert.getOrganisationId();
        if (own == null) {
            return Optional.empty();
        }
        long shared = em.createQuery("SELECT COUNT(m) FROM TeamMembership m WHERE m.team = :team AND m.leftAt IS NULL "
                        + "AND m.account.organisationId = :organisation", Long.class)
                .setParameter("team", team)
                .setParameter("organisation", own)
                .getSingleResult();
        return shared > 0 ? Optional.ofNullable(em.find(Organisation.class, own)) : Optional.empty();
    }

    private void movePendingReviews(Team team, Assignment assignment, Account expert) {
        String scope = assignment != null ? "r.assignment = :assignment"
                // The team's whole-marathon expert takes what no assignment's own allocation covers.
                : "NOT EXISTS (SELECT x FROM Allocation x WHERE x.team = r.team AND x.assignment = r.assignment)";
        var update = em.createQuery("UPDATE Review r SET r.expert = :expert WHERE r.team = :team "
                        + "AND r.state IN (org.csomarathon.review.ReviewState.WAITING, "
                        + "org.csomarathon.review.ReviewState.DRAFT) AND " + scope)
                .setParameter("expert", expert)
                .setParameter("team", team);
        if (assignment != null) {
            update.setParameter("assignment", assignment);
        }
        update.executeUpdate();
    }

    private Optional<Allocation> findAllocation(long teamId, Long assignmentId) {
        return em.createQuery("SELECT a FROM Allocation a WHERE a.team.id = :team", Allocation.class)
                .setParameter("team", teamId)
                .getResultStream()
                .filter(a -> assignmentId == null ? a.getAssignment() == null
                        : a.getAssignment() != null && a.getAssignment().getId().equals(assignmentId))
                .findFirst();
    }

    /** Every allocation of the cohort's teams, by team name. */
    public List<Allocation> allocationsOf(long cohortId) {
        return em.createQuery("SELECT a FROM Allocation a JOIN FETCH a.team t JOIN FETCH a.expert "
                        + "LEFT JOIN FETCH a.assignment WHERE t.cohort.id = :cohort ORDER BY t.name, a.id", Allocation.class)
                .setParameter("cohort", cohortId)
                .getResultList();
    }

    /**
     * A new version waits in a queue: the expert who reviewed the team's earlier version of the
     * assignment (a revision goes back to them), else the one allocated, else nobody until allocated.
     */
    void queueForReview(@Observes VersionSubmitted event) {
        Account expert = em.createQuery("SELECT r.expert FROM Review r WHERE r.team.id = :team "
                        + "AND r.assignment.id = :assignment AND r.expert IS NOT NULL ORDER BY r.id DESC", Account.class)
                .setParameter("team", event.teamId())
                .setParameter("assignment", event.assignmentId())
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .or(() -> allocatedExpert(event.teamId(), event.assignmentId()))
                .orElse(null);
        em.persist(new Review(event.version(), em.getReference(Team.class, event.teamId()),
                em.getReference(Assignment.class, event.assignmentId()), expert, clock.instant()));
    }

    private Optional<Account> allocatedExpert(long teamId, long assignmentId) {
        // The team's few allocations: the assignment's own wins over the whole marathon's.
        return em.createQuery("SELECT a FROM Allocation a JOIN FETCH a.expert WHERE a.team.id = :team", Allocation.class)
                .setParameter("team", teamId)
                .getResultStream()
                .filter(a -> a.getAssignment() == null || a.getAssignment().getId() == assignmentId)
                .min(Comparator.comparing((Allocation a) -> a.getAssignment() == null))
                .map(Allocation::getExpert);
    }

    /** How many allocations an expert holds. */
    public record Allocated(long expertId, long allocations) {
    }

    /** How many allocations each expert holds in the cohort (whole-marathon or one assignment's). */
    public Map<Long, Long> countsByExpert(long cohortId) {
        return em.createQuery("SELECT NEW org.csomarathon.review.Allocations$Allocated(e.id, COUNT(al)) "
                        + "FROM Allocation al JOIN al.expert e LEFT JOIN al.team t "
                        + "LEFT JOIN al.assignment a LEFT JOIN a.module m WHERE t.cohort.id = :c OR m.cohort.id = :c "
                        + "GROUP BY e.id", Allocated.class)
                .setParameter("c", cohortId).getResultStream()
                .collect(Collectors.toMap(Allocated::expertId, Allocated::allocations));
    }

    /** The teams of the cohort the expert is allocated to. */
    public Set<Long> teamIdsOf(long cohortId, long expertId) {
        return Set.copyOf(em.createQuery("SELECT DISTINCT al.team.id FROM Allocation al WHERE al.team.cohort.id = :c "
                        + "AND al.expert.id = :expert", Long.class)
                .setParameter("c", cohortId).setParameter("expert", expertId).getResultList());
    }
}
