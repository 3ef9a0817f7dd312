package org.csomarathon.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.csomarathon.audit.AuditAction;
import org.csomarathon.audit.Decided;
import org.csomarathon.cohort.Cohort;
import org.csomarathon.identity.Account;
import org.csomarathon.identity.Role;
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
import org.csomarathon.teams.TeamService;

/**
 * What experts do with the work they are given: read it, score it on the rubric, comment, attach files,
 * decide and release (at once or held to a date), and propose a work as an example for stage 2.
 * Who is given what is {@link Allocations}; the queues they work through are {@link ExpertQueue}.
 */
@ApplicationScoped
public class ReviewService implements ReleasedFeedback.Source {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<Decided> decisions;

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
        decisions.fire(new Decided(expertId, AuditAction.WORK_REVIEWED, r.getTeam().getCohort().getId(), r.getTeam().getName(),
                r.getAssignment().getTitle(), r.getDecision().name(), null, null));
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

}
