package org.csomarathon.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.csomarathon.audit.AuditAction;
import org.csomarathon.audit.AuditLog;
import org.csomarathon.cohort.Cohort;
import org.csomarathon.cohort.CohortStaff;
import org.csomarathon.identity.Account;
import org.csomarathon.identity.Role;
import org.csomarathon.intake.Organisation;
import org.csomarathon.notifications.MessageKind;
import org.csomarathon.notifications.Notifications;
import org.csomarathon.platform.BusinessException;
import org.csomarathon.platform.FileStore;
import org.csomarathon.platform.Language;
import org.csomarathon.platform.Texts;
import org.csomarathon.platform.Tick;
import org.csomarathon.submissions.Assignment;
import org.csomarathon.submissions.AssignmentService;
import org.csomarathon.submissions.Deadline;
import org.csomarathon.submissions.Outcome;
import org.csomarathon.submissions.ReleasedFeedback;
import org.csomarathon.submissions.Rubric;
import org.csomarathon.submissions.VersionSubmitted;
import org.csomarathon.teams.Team;
import org.csomarathon.teams.TeamService;

/**
 * Who reviews what: experts allocated to teams (for the whole marathon or one assignment), a
 * review waiting for every submitted version, and each expert's queue.
 */
@ApplicationScoped
public class ReviewService implements ReleasedFeedback.Source {

    @PersistenceContext
    EntityManager em;

    @Inject
    CohortStaff staff;

    @Inject
    AuditLog audit;

    @Inject
    TeamService teams;

    @Inject
    AssignmentService assignments;

    @Inject
    Clock clock;

    @Inject
    FileStore files;

    @Inject
    Notifications notifications;

    @Inject
    Event<WorkAccepted> workAccepted;

    @Inject
    ExpertsReadTheirTeams expertsReading;

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
        Organisation own = expert.getOrganisation();
        if (own == null) {
            return Optional.empty();
        }
        long shared = em.createQuery("SELECT COUNT(m) FROM TeamMembership m WHERE m.team = :team AND m.leftAt IS NULL "
                        + "AND m.account.organisation = :organisation", Long.class)
                .setParameter("team", team)
                .setParameter("organisation", own)
                .getSingleResult();
        return shared > 0 ? Optional.of(own) : Optional.empty();
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

    /** The review, if this person may open it: the expert it is for, or a coordinator. */
    public Optional<Review> findForReviewer(long accountId, Set<Role> roles, long reviewId) {
        return em.createNamedQuery(Review.FOR_PAGE, Review.class)
                .setParameter("id", reviewId)
                .getResultStream()
                .findFirst()
                .filter(r -> mayWrite(accountId, roles, r));
    }

    private static boolean mayWrite(long accountId, Set<Role> roles, Review r) {
        return roles.contains(Role.COORDINATOR) || r.getExpert() != null && r.getExpert().getId() == accountId;
    }

    /**
     * Saves the feedback as a draft, or releases it to the team. The review is locked while it is
     * changed; a change made since the expert opened it ({@code seenVersion}) is never overwritten:
     * the save is refused naming who changed it and when, and the expert's text stays on the page.
     */
    @Transactional
    public Review save(long accountId, Set<Role> roles, long reviewId, int seenVersion, Map<Long, Integer> scores,
                       String comment, Outcome decision, boolean release, Instant revisionDue) {
        Review r = em.find(Review.class, reviewId, LockModeType.PESSIMISTIC_WRITE);
        if (r == null || !mayWrite(accountId, roles, r)) {
            throw new BusinessException("review.unknown");
        }
        r.checkCurrent(seenVersion);
        Rubric rubric = r.getAssignment().getRubric();
        Instant now = clock.instant();
        r.write(scores, comment, decision, rubric, em.getReference(Account.class, accountId), now);
        if (release) {
            boolean held = r.getAssignment().holdsFeedback(now);
            if (decision == Outcome.NEEDS_REVISION) {
                checkRevisionDue(r, revisionDue, held ? r.getAssignment().getFeedbackReleaseAt() : now);
            }
            if (held) {
                r.hold(rubric, revisionDue);
            } else {
                accepted(r.getTeam().getCohort(), release(r, revisionDue, accountId, now));
            }
        }
        em.flush();
        return r;
    }

    /** Releases the review with all it brings; the team's members when it accepts the work (for the gate). */
    private List<Long> release(Review r, Instant revisionDue, long expertId, Instant now) {
        r.release(r.getAssignment().getRubric(), now);
        audit.record(expertId, AuditAction.WORK_REVIEWED, r.getTeam().getCohort().getId(), r.getTeam().getName(),
                r.getAssignment().getTitle(), r.getDecision().name(), null, null);
        if (r.getDecision() == Outcome.NEEDS_REVISION && revisionDue != null) {
            assignments.grantExtension(r.getAssignment().getId(), r.getTeam().getId(), revisionDue, revisionDue,
                    Texts.format(Language.DEFAULT, "review.revision.reason"), expertId);
        }
        String receipt = "submissions/version.xhtml?id=" + r.getSubmitted().getId();
        List<Long> team = teams.currentMemberIds(r.getTeam().getId());
        if (r.getDecision() == Outcome.ACCEPTED) {
            notifications.notify(team, MessageKind.FEEDBACK_RELEASED, receipt, r.getAssignment().getTitle(),
                    r.getSubmitted().getNumber());
            return team;
        } else {
            Deadline dates = assignments.deadlineFor(r.getAssignment(), r.getTeam().getId());
            Instant due = revisionDue != null ? revisionDue : dates.dueAt().isAfter(now) ? dates.dueAt() : dates.cutOffAt();
            notifications.notify(team, MessageKind.NEEDS_REVISION, receipt, r.getAssignment().getTitle(),
                    r.getSubmitted().getNumber(), due);
            return List.of();
        }
    }

    /** Tells the gate of work accepted for these people, if any, once for the whole release. */
    private void accepted(Cohort cohort, List<Long> people) {
        if (!people.isEmpty()) {
            workAccepted.fire(new WorkAccepted(cohort.getId(), cohort.getName(), people));
        }
    }

    /**
     * A revision asked for reopens the assignment for the team when the feedback is released:
     * until the new due time the expert set, or, without one, within the team's own dates; if those
     * are closed by then, the expert must set one.
     */
    private void checkRevisionDue(Review r, Instant revisionDue, Instant releasedAt) {
        if (revisionDue == null) {
            if (assignments.deadlineFor(r.getAssignment(), r.getTeam().getId()).judge(releasedAt) == Deadline.Verdict.CLOSED) {
                throw new BusinessException("review.revisionDue.required");
            }
        } else if (!revisionDue.isAfter(releasedAt)) {
            throw releasedAt.isAfter(clock.instant())
                    ? new BusinessException("review.revisionDue.beforeRelease", releasedAt)
                    : new BusinessException("review.revisionDue.past");
        }
    }

    /**
     * Sets the time at which all feedback on the assignment is released together, or (null) lets
     * each review go out when its expert finishes it. Held feedback whose time has come goes out at
     * once; a time after a revision due date an expert has already set is refused.
     */
    @Transactional
    public int releaseFeedbackAt(long assignmentId, Instant at) {
        Assignment assignment = em.find(Assignment.class, assignmentId, LockModeType.PESSIMISTIC_WRITE);
        if (assignment == null) {
            throw new BusinessException("assignment.unknown");
        }
        if (at != null) {
            // The time itself, ordered, not MIN(): an aggregate bypasses the converter and comes back as a Timestamp.
            em.createQuery("SELECT r.revisionDue FROM Review r WHERE r.assignment = :a AND r.revisionDue IS NOT NULL "
                            + "AND r.state = org.csomarathon.review.ReviewState.READY ORDER BY r.revisionDue", Instant.class)
                    .setParameter("a", assignment)
                    .setMaxResults(1)
                    .getResultStream()
                    .filter(due -> due != null && !due.isAfter(at))
                    .findFirst()
                    .ifPresent(due -> {
                        throw new BusinessException("review.releaseAt.afterRevisionDue", due);
                    });
        }
        assignment.releaseFeedbackAt(at);
        return releaseHeld(assignment);
    }

    /** Releases the held feedback whose assignment's release time has come: run by the schedule. */
    @Transactional
    public void releaseDue(@Observes Tick tick) {
        em.createQuery("SELECT DISTINCT r.assignment FROM Review r WHERE r.state = org.csomarathon.review.ReviewState.READY "
                        + "AND r.assignment.feedbackReleaseAt <= :now", Assignment.class)
                .setParameter("now", tick.now())
                .getResultList()
                .forEach(this::releaseHeld);
    }

    private int releaseHeld(Assignment assignment) {
        Instant now = clock.instant();
        if (assignment.holdsFeedback(now)) {
            return 0;
        }
        // Locked and read again: another instance running the same schedule releases each one once.
        List<Review> held = em.createQuery("SELECT r FROM Review r WHERE r.assignment = :a "
                        + "AND r.state = org.csomarathon.review.ReviewState.READY", Review.class)
                .setParameter("a", assignment)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("eclipselink.batch", "r.submitted")
                .setHint("eclipselink.batch", "r.team")
                .setHint("eclipselink.batch", "r.savedBy")
                .setHint("eclipselink.batch.type", "IN")
                .getResultList();
        List<Long> accepted = new ArrayList<>();
        held.forEach(r -> accepted.addAll(release(r, r.getRevisionDue(), r.getSavedBy().getId(), now)));
        // The gate once for the whole batch, not once per review.
        accepted(assignment.getModule().getCohort(), accepted);
        return held.size();
    }

    /** How many finished reviews of the assignment wait for its release time. */
    public long heldCount(long assignmentId) {
        return em.createQuery("SELECT COUNT(r) FROM Review r WHERE r.assignment.id = :a "
                        + "AND r.state = org.csomarathon.review.ReviewState.READY", Long.class)
                .setParameter("a", assignmentId)
                .getSingleResult();
    }

    /** The reviews before and after one in the same expert's queue, where there are. */
    public record Neighbours(Optional<Long> previous, Optional<Long> next) {
    }

    /** The reviews before and after this one in the same expert's queue, in the queue's order (time, then id), in one statement. */
    public Neighbours neighbours(Review review) {
        if (review.getExpert() == null) {
            return new Neighbours(Optional.empty(), Optional.empty());
        }
        String pending = "expert_id = ?1 AND state <> 'RELEASED'";
        List<?> rows = em.createNativeQuery("(SELECT 1, id FROM review WHERE " + pending + " AND (created_at > ?2 "
                        + "OR (created_at = ?2 AND id > ?3)) ORDER BY created_at, id LIMIT 1) UNION ALL "
                        + "(SELECT 0, id FROM review WHERE " + pending + " AND (created_at < ?2 "
                        + "OR (created_at = ?2 AND id < ?3)) ORDER BY created_at DESC, id DESC LIMIT 1)")
                .setParameter(1, review.getExpert().getId())
                .setParameter(2, LocalDateTime.ofInstant(review.getCreatedAt(), ZoneOffset.UTC))  // as UtcInstantConverter stores it
                .setParameter(3, review.getId())
                .getResultList();
        Optional<Long> previous = Optional.empty();
        Optional<Long> next = Optional.empty();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            Optional<Long> id = Optional.of(((Number) r[1]).longValue());
            if (((Number) r[0]).intValue() == 1) {
                next = id;
            } else {
                previous = id;
            }
        }
        return new Neighbours(previous, next);
    }

    /** Attaches a file to the feedback while it is not released; the team gets it with the feedback. */
    @Transactional
    public void attach(long accountId, Set<Role> roles, long reviewId, String fileName, InputStream content) {
        Review r = em.find(Review.class, reviewId, LockModeType.PESSIMISTIC_WRITE);
        if (r == null || !mayWrite(accountId, roles, r)) {
            throw new BusinessException("review.unknown");
        }
        FileStore.Stored stored = files.store(content, FeedbackFile.MAX_MB * 1024L * 1024L);
        try {
            FeedbackFile file = FeedbackFile.of(r, fileName, stored, em.getReference(Account.class, accountId), clock.instant());
            r.attach(file);
            em.persist(file);
        } catch (BusinessException refused) {
            files.discardIfUnused(stored.sha256());
            throw refused;
        }
    }

    /** Takes a file out of feedback not yet released. */
    @Transactional
    public void detach(long accountId, Set<Role> roles, long fileId) {
        FeedbackFile file = em.find(FeedbackFile.class, fileId);
        Review r = file == null ? null : em.find(Review.class, file.getReview().getId(), LockModeType.PESSIMISTIC_WRITE);
        if (r == null || !mayWrite(accountId, roles, r)) {
            throw new BusinessException("review.unknown");
        }
        r.detach(file);
        em.remove(file);
        em.flush();
        files.discardIfUnused(file.getStored().getSha256());
    }

    /**
     * A feedback file, if this person may download it: the review's expert and coordinators at
     * any time; once released, the team's members (present and former) and the team's experts.
     */
    public Optional<FeedbackFile> findFeedbackFile(long accountId, Set<Role> roles, long fileId) {
        return em.createQuery("SELECT f FROM FeedbackFile f JOIN FETCH f.review r LEFT JOIN FETCH r.expert WHERE f.id = :id",
                        FeedbackFile.class)
                .setParameter("id", fileId)
                .getResultStream()
                .findFirst()
                .filter(f -> mayWrite(accountId, roles, f.getReview()) || f.getReview().getState() == ReviewState.RELEASED
                        && (roles.contains(Role.PARTICIPANT) && teams.wasEverIn(accountId, f.getReview().getTeam().getId())
                        || expertsReading.mayRead(accountId, roles, f.getReview().getTeam().getId())));
    }

    /** The released feedback on the submission's versions, by version id: what the team reads. */
    @Override
    public Map<Long, Review> releasedFor(long submissionId) {
        return em.createNamedQuery(Review.RELEASED_FOR, Review.class)
                .setParameter("s", submissionId)
                .getResultStream()
                .collect(Collectors.toMap(r -> r.getSubmitted().getId(), Function.identity(), (same, again) -> same));
    }

    /** A work proposed as an example for stage 2, with the team's answer (GIVEN, REFUSED or null). */
    public record Example(long reviewId, long versionId, String team, String assignment, String expert, String consent) {
    }

    /** The expert (or a coordinator) proposes the reviewed work as an example for stage 2, or takes it back. */
    @Transactional
    public void markExample(long accountId, Set<Role> roles, long reviewId, boolean proposed) {
        Review r = em.find(Review.class, reviewId, LockModeType.PESSIMISTIC_WRITE);
        if (r == null || !(roles.contains(Role.COORDINATOR) || r.getExpert() != null && r.getExpert().getId() == accountId)) {
            throw new BusinessException("review.unknown");
        }
        r.markExample(proposed);
    }

    /** A member of the team answers whether the work may be shown as an example; the last answer counts. */
    @Transactional
    public void answerExample(long accountId, long reviewId, boolean given) {
        Review r = em.find(Review.class, reviewId, LockModeType.PESSIMISTIC_WRITE);
        if (r == null || !teams.currentMemberIds(r.getTeam().getId()).contains(accountId)) {
            throw new BusinessException("review.unknown");
        }
        r.answerExample(given, accountId, clock.instant());
    }

    /** The cohort's works proposed as examples, with the teams' answers, by team. */
    public List<Example> examplesOf(long cohortId) {
        return em.createQuery("SELECT NEW org.csomarathon.review.ReviewService$Example(r.id, v.id, t.name, a.title, "
                        + "COALESCE(e.fullName, ''), r.exampleConsent) FROM Review r JOIN r.team t JOIN r.assignment a "
                        + "JOIN r.submitted v LEFT JOIN r.expert e WHERE t.cohort.id = :c AND r.example = TRUE "
                        + "AND r.state = org.csomarathon.review.ReviewState.RELEASED ORDER BY t.name, a.title", Example.class)
                .setParameter("c", cohortId)
                .getResultList();
    }

    /** One page of the queue, in one statement whatever its length. */
    public List<QueueItem> queue(QueueQuery query, int first, int size) {
        TypedQuery<QueueItem> q = em.createQuery("SELECT NEW org.csomarathon.review.QueueItem(r.id, v.id, t.name, a.title, "
                + "v.number, v.submittedAt, v.late, r.state, e.fullName) FROM Review r JOIN r.team t JOIN r.assignment a "
                + "JOIN r.submitted v LEFT JOIN r.expert e" + query.where() + query.order(), QueueItem.class);
        return bind(q, query).setFirstResult(first).setMaxResults(size).getResultList();
    }

    /** How many items the queue holds, counted in the database. */
    public int count(QueueQuery query) {
        return bind(em.createQuery("SELECT COUNT(r) FROM Review r" + query.where(), Long.class), query)
                .getSingleResult().intValue();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> q, QueueQuery query) {
        if (query.expertId() != null) {
            q.setParameter("expert", query.expertId());
        }
        if (query.assignmentId() != null) {
            q.setParameter("assignment", query.assignmentId());
        }
        if (!query.team().isEmpty()) {
            q.setParameter("team", "%" + query.team().toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return q;
    }
}
