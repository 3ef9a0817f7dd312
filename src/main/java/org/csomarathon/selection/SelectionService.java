package org.csomarathon.selection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.csomarathon.audit.AuditAction;
import org.csomarathon.audit.Decided;
import org.csomarathon.cohort.Cohort;
import org.csomarathon.cohort.CohortStaff;
import org.csomarathon.identity.Account;
import org.csomarathon.identity.Role;
import org.csomarathon.intake.Application;
import org.csomarathon.intake.Decision;
import org.csomarathon.notifications.MessageKind;
import org.csomarathon.notifications.Notifications;
import org.csomarathon.platform.BusinessException;
import org.csomarathon.teams.TeamService;

/** Reviewers, scores, the ranking and the decisions: one transaction per action. */
@ApplicationScoped
public class SelectionService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CohortStaff staff;

    @Inject
    Event<Decided> decisions;

    @Inject
    Clock clock;

    @Inject
    Notifications notifications;

    @Inject
    TeamService teams;

    /** A reviewer's part in an application as the coordinator's list shows it. */
    public record ReviewerPart(long applicationId, long accountId, String fullName, Instant scoredAt, Instant conflictAt) {

        public boolean scored() {
            return scoredAt != null;
        }

        public boolean conflicted() {
            return conflictAt != null;
        }
    }

    /** A submitted application as the coordinator's list and the ranking read it. */
    public record Submitted(long id, long applicantId, String fullName, String email, String organisation,
                            String regionCode, Instant submittedAt, Boolean eligible, Decision decision) {

        public boolean isEligible() {
            return Boolean.TRUE.equals(eligible);
        }
    }

    /** A row of the coordinator's list of submitted applications. */
    public record ApplicationRow(Submitted application, List<ReviewerPart> reviewers) {
    }

    /** A row of a reviewer's list. */
    public record QueueRow(long applicationId, String cohortName, String fullName, String organisation,
                           Instant scoredAt, Instant conflictAt) {

        public boolean scored() {
            return scoredAt != null;
        }

        public boolean conflicted() {
            return conflictAt != null;
        }
    }

    /** An application's need of reviewers, as the assignment reads it. */
    public record Eligible(long applicationId, long applicantId, Long organisationId) {
    }

    /** A reviewer given an application, and whether they declared a conflict. */
    public record Given(long applicationId, long reviewerId, Instant conflictAt) {
    }

    /**
     * A reviewer's scores of an application, and whether scored: 1 or 0 as the database counts it, not the time
     * (reading a time for each of a cohort's thousands of reviews cost a fifth of the ranking).
     */
    public record Scored(long applicationId, Number scored, Integer development, Integer transparency,
                         Integer motivation, Integer plans, Integer commitment) {

        public boolean isScored() {
            return scored.intValue() == 1;
        }
    }

    /** The cohort's ranked list with its terms, the decisions taken so far and the cohort's minimum. */
    public record Ranking(SelectionTerms terms, List<SelectionRanking.Place> places, Map<Long, Decision> decisions,
                          long admitted, long waitlisted, long rejected, long undecided, long ineligible,
                          int minParticipants) {

        /** Fewer admitted than the cohort needs: publishing then asks for a confirmation. */
        public boolean isBelowMinimum() {
            return admitted < minParticipants;
        }
    }

    /** The cohort's terms, the defaults until the coordinator saves some. */
    public SelectionTerms termsOf(long cohortId) {
        return Optional.ofNullable(em.find(SelectionTerms.class, cohortId)).orElseGet(() -> new SelectionTerms(cohortId));
    }

    @Transactional
    public void changeTerms(long cohortId, Weights weights, BigDecimal bonus) {
        lockedTerms(cohortId).change(weights, bonus);
    }

    private SelectionTerms lockedTerms(long cohortId) {
        if (em.find(Cohort.class, cohortId) == null) {
            throw new BusinessException("cohort.unknown");
        }
        SelectionTerms terms = em.find(SelectionTerms.class, cohortId, LockModeType.PESSIMISTIC_WRITE);
        if (terms == null) {
            terms = new SelectionTerms(cohortId);
            em.persist(terms);
        }
        return terms;
    }

    /** The submitted applications of the cohort, with their reviewers, in order of submission. */
    public List<ApplicationRow> applicationsOf(long cohortId) {
        Map<Long, List<ReviewerPart>> parts = em.createQuery("SELECT NEW org.csomarathon.selection.SelectionService$ReviewerPart("
                        + "r.application.id, v.id, v.fullName, r.scoredAt, r.conflictAt) "
                        + "FROM ApplicationReview r JOIN r.reviewer v WHERE r.application.cohort.id = :c ORDER BY v.fullName",
                        ReviewerPart.class)
                .setParameter("c", cohortId).getResultStream()
                .collect(Collectors.groupingBy(ReviewerPart::applicationId));
        return submitted(cohortId, " ORDER BY a.submittedAt, a.id").stream()
                .map(a -> new ApplicationRow(a, parts.getOrDefault(a.id(), List.of()))).toList();
    }

    private List<Submitted> submitted(long cohortId, String order) {
        return em.createQuery("SELECT NEW org.csomarathon.selection.SelectionService$Submitted(a.id, p.id, p.fullName, "
                        + "p.email, a.organisationName, a.regionCode, a.submittedAt, a.eligible, a.decision) "
                        + "FROM Application a JOIN a.applicant p WHERE a.cohort.id = :c "
                        + "AND a.state = org.csomarathon.intake.ApplicationState.SUBMITTED" + order, Submitted.class)
                .setParameter("c", cohortId).getResultList();
    }

    /** How many drafts of the cohort are not submitted yet. */
    public long draftCount(long cohortId) {
        return em.createQuery("SELECT COUNT(a) FROM Application a WHERE a.cohort.id = :c "
                        + "AND a.state = org.csomarathon.intake.ApplicationState.DRAFT", Long.class)
                .setParameter("c", cohortId).getSingleResult();
    }

    /** The people who may be given applications to review, by name. */
    public List<Account> reviewers() {
        return em.createQuery("SELECT a FROM Account a JOIN a.roles r WHERE r = :role AND a.enabled = TRUE "
                        + "ORDER BY a.fullName", Account.class)
                .setParameter("role", Role.REVIEWER).getResultList();
    }

    /** The reviewers named for the cohort: the only ones its applications may be given to. */
    public List<Account> reviewersOf(long cohortId) {
        List<Long> named = staff.idsOf(cohortId, Role.REVIEWER);
        return reviewers().stream().filter(a -> named.contains(a.getId())).toList();
    }

    /** A submitted, eligible application of any cohort, for the coordinator. */
    public Application getApplication(long applicationId) {
        Application a = em.find(Application.class, applicationId);
        if (a == null || !a.isSubmitted()) {
            throw new BusinessException("selection.application.unknown");
        }
        return a;
    }

    public List<ApplicationReview> reviewsOf(long applicationId) {
        return em.createQuery("SELECT r FROM ApplicationReview r JOIN FETCH r.reviewer WHERE r.application.id = :a "
                        + "ORDER BY r.assignedAt", ApplicationReview.class)
                .setParameter("a", applicationId).getResultList();
    }

    /** The coordinator gives the application to a reviewer by hand; refused, with the reason, where the rule forbids it. */
    @Transactional
    public void assign(long applicationId, long reviewerId) {
        Application application = reviewable(applicationId);
        Account reviewer = em.find(Account.class, reviewerId);
        if (reviewer == null || !reviewer.getRoles().contains(Role.REVIEWER)) {
            throw new BusinessException("selection.assign.notReviewer");
        }
        if (!staff.isNamed(application.getCohort().getId(), reviewerId, Role.REVIEWER)) {
            throw new BusinessException("selection.assign.notNamed", reviewer.getFullName());
        }
        Optional<String> refusal = ReviewerAssignment.refusal(reviewerOf(reviewer), needOf(application));
        if (refusal.isPresent()) {
            throw new BusinessException(refusal.get(), reviewer.getFullName());
        }
        em.persist(new ApplicationReview(application, reviewer, clock.instant()));
    }

    /** Takes an application from a reviewer who has not scored it yet. */
    @Transactional
    public void unassign(long applicationId, long reviewerId) {
        ApplicationReview review = reviewOf(reviewerId, applicationId);
        requireOpenForReview(review.getApplication());
        if (review.getScoredAt() != null) {
            throw new BusinessException("selection.unassign.scored");
        }
        em.remove(review);
    }

    /**
     * Gives every eligible application reviewers until two take part, balancing the load; what it
     * could not do (too few reviewers outside an organisation) is reported.
     */
    @Transactional
    public ReviewerAssignment.Result assignAutomatically(long cohortId) {
        lockedTerms(cohortId);
        if (termsOf(cohortId).isPublished()) {
            throw new BusinessException("selection.results.published");
        }
        // Ids by projection: asking each application for its applicant or organisation would load them one by one.
        List<Eligible> applications = em.createQuery("SELECT NEW org.csomarathon.selection.SelectionService$Eligible("
                        + "a.id, a.applicant.id, o.id) FROM Application a "
                        + "LEFT JOIN a.organisation o WHERE a.cohort.id = :c "
                        + "AND a.state = org.csomarathon.intake.ApplicationState.SUBMITTED AND a.eligible = TRUE "
                        + "ORDER BY a.submittedAt, a.id", Eligible.class)
                .setParameter("c", cohortId).getResultList();
        Map<Long, Set<Long>> active = new HashMap<>();
        Map<Long, Set<Long>> conflicted = new HashMap<>();
        Map<Long, Integer> load = new HashMap<>();
        for (Given g : em.createQuery("SELECT NEW org.csomarathon.selection.SelectionService$Given(r.application.id, "
                        + "r.reviewer.id, r.conflictAt) FROM ApplicationReview r WHERE r.application.cohort.id = :c", Given.class)
                .setParameter("c", cohortId).getResultList()) {
            (g.conflictAt() == null ? active : conflicted).computeIfAbsent(g.applicationId(), k -> new HashSet<>())
                    .add(g.reviewerId());
            if (g.conflictAt() == null) {
                load.merge(g.reviewerId(), 1, Integer::sum);
            }
        }
        List<ReviewerAssignment.Need> needs = applications.stream()
                .map(a -> new ReviewerAssignment.Need(a.applicationId(), a.applicantId(), a.organisationId(),
                        active.getOrDefault(a.applicationId(), Set.of()), conflicted.getOrDefault(a.applicationId(), Set.of())))
                .toList();
        List<Account> reviewers = reviewersOf(cohortId);
        Map<Long, Account> reviewerById = new HashMap<>();
        reviewers.forEach(r -> reviewerById.put(r.getId(), r));
        ReviewerAssignment.Result result = ReviewerAssignment.assign(needs,
                reviewers.stream().map(SelectionService::reviewerOf).toList(), load);
        Instant now = clock.instant();
        for (ReviewerAssignment.Pair pair : result.pairs()) {
            em.persist(new ApplicationReview(em.getReference(Application.class, pair.applicationId()),
                    reviewerById.get(pair.reviewerId()), now));
        }
        return result;
    }

    private static ReviewerAssignment.Reviewer reviewerOf(Account reviewer) {
        return new ReviewerAssignment.Reviewer(reviewer.getId(),
                reviewer.getOrganisationId());
    }

    private ReviewerAssignment.Need needOf(Application application) {
        Set<Long> active = new HashSet<>();
        Set<Long> conflicted = new HashSet<>();
        for (ApplicationReview r : reviewsOf(application.getId())) {
            (r.isConflicted() ? conflicted : active).add(r.getReviewer().getId());
        }
        return new ReviewerAssignment.Need(application.getId(), application.getApplicant().getId(),
                application.organisation().map(o -> o.getId()).orElse(null), active, conflicted);
    }

    private Application reviewable(long applicationId) {
        Application application = getApplication(applicationId);
        if (!application.eligible().orElse(false)) {
            throw new BusinessException("selection.assign.ineligible");
        }
        requireOpenForReview(application);
        return application;
    }

    private void requireOpenForReview(Application application) {
        if (termsOf(application.getCohort().getId()).isPublished()) {
            throw new BusinessException("selection.results.published");
        }
    }

    /** The applications given to the reviewer, the newest cohort first, those to score before the others. */
    public List<QueueRow> queueOf(long reviewerId) {
        return em.createQuery("SELECT NEW org.csomarathon.selection.SelectionService$QueueRow(r.application.id, c.name, "
                        + "p.fullName, a.organisationName, r.scoredAt, r.conflictAt) "
                        + "FROM ApplicationReview r JOIN r.application a JOIN a.cohort c JOIN a.applicant p "
                        + "WHERE r.reviewer.id = :v ORDER BY c.year DESC, r.scoredAt, a.submittedAt", QueueRow.class)
                .setParameter("v", reviewerId).getResultList();
    }

    /** The reviewer's part in the application; unknown to anyone it was not given to. */
    public ApplicationReview reviewOf(long reviewerId, long applicationId) {
        return em.createQuery("SELECT r FROM ApplicationReview r JOIN FETCH r.application WHERE r.reviewer.id = :v "
                        + "AND r.application.id = :a", ApplicationReview.class)
                .setParameter("v", reviewerId).setParameter("a", applicationId)
                .getResultStream().findFirst()
                .orElseThrow(() -> new BusinessException("selection.application.unknown"));
    }

    /** Refused when the reviewer's page showed an older version (someone else's window saved first). */
    @Transactional
    public void score(long reviewerId, long applicationId, Scores scores, String comment, int expectedVersion) {
        ApplicationReview review = lockedReview(reviewerId, applicationId, expectedVersion);
        review.score(scores, comment, clock.instant());
    }

    @Transactional
    public void declareConflict(long reviewerId, long applicationId, String note, int expectedVersion) {
        ApplicationReview review = lockedReview(reviewerId, applicationId, expectedVersion);
        review.declareConflict(note, clock.instant());
    }

    private ApplicationReview lockedReview(long reviewerId, long applicationId, int expectedVersion) {
        ApplicationReview review = reviewOf(reviewerId, applicationId);
        em.lock(review, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(review);
        if (review.getVersion() != expectedVersion) {
            throw new BusinessException("selection.review.changed");
        }
        requireOpenForReview(review.getApplication());
        return review;
    }

    /** The ranked list of the cohort's eligible applications, in a fixed number of statements. */
    public Ranking rankingOf(Cohort cohort) {
        long cohortId = cohort.getId();
        SelectionTerms terms = termsOf(cohortId);
        List<Submitted> rows = submitted(cohortId, "");
        Map<Long, List<Scores>> scores = new HashMap<>();
        Map<Long, Integer> reviewers = new HashMap<>();
        for (Scored r : em.createQuery("SELECT NEW org.csomarathon.selection.SelectionService$Scored(r.application.id, "
                        + "CASE WHEN r.scoredAt IS NULL THEN 0 ELSE 1 END, r.development, r.transparency, r.motivation, "
                        + "r.plans, r.commitment) FROM ApplicationReview r "
                        + "WHERE r.application.cohort.id = :c AND r.conflictAt IS NULL", Scored.class)
                .setParameter("c", cohortId).getResultList()) {
            reviewers.merge(r.applicationId(), 1, Integer::sum);
            if (r.isScored()) {
                scores.computeIfAbsent(r.applicationId(), k -> new ArrayList<>()).add(new Scores(r.development(),
                        r.transparency(), r.motivation(), r.plans(), r.commitment()));
            }
        }
        Set<Long> involved = involvedApplicants(cohortId);
        Map<Long, Decision> decisions = new HashMap<>();
        List<SelectionRanking.Candidate> candidates = new ArrayList<>();
        long ineligible = 0;
        for (Submitted a : rows) {
            if (a.decision() != null) {
                decisions.put(a.id(), a.decision());
            }
            if (!a.isEligible()) {
                ineligible++;
                continue;
            }
            candidates.add(new SelectionRanking.Candidate(a.id(), a.fullName(), a.organisation(), a.regionCode(),
                    a.submittedAt(), scores.getOrDefault(a.id(), List.of()), reviewers.getOrDefault(a.id(), 0),
                    involved.contains(a.applicantId())));
        }
        long admitted = decisions.values().stream().filter(d -> d == Decision.ADMITTED).count();
        long waitlisted = decisions.values().stream().filter(d -> d == Decision.WAITLISTED).count();
        long rejected = decisions.values().stream().filter(d -> d == Decision.REJECTED).count();
        long undecided = candidates.stream().filter(c -> !decisions.containsKey(c.applicationId())).count();
        return new Ranking(terms, SelectionRanking.rank(candidates, terms.weights(), terms.getInvolvementBonus()),
                decisions, admitted, waitlisted, rejected, undecided, ineligible,
                cohort.getMinParticipants());
    }

    /**
     * The applicants of the cohort involved with the agency before: at its webinar (by address),
     * in an earlier cohort's marathon, or with an application submitted to an earlier cohort.
     */
    public Set<Long> involvedApplicants(long cohortId) {
        Set<Long> involved = new HashSet<>(em.createQuery("SELECT p.id FROM Application a JOIN a.applicant p, "
                        + "org.csomarathon.intake.WebinarAttendance w WHERE a.cohort.id = :c AND w.cohortId = :c "
                        + "AND w.email = p.email", Long.class)
                .setParameter("c", cohortId).getResultList());
        involved.addAll(em.createQuery("SELECT a.applicant.id FROM Application a, Application earlier "
                        + "WHERE a.cohort.id = :c AND earlier.applicant = a.applicant AND earlier.cohort.year < a.cohort.year "
                        + "AND earlier.state = org.csomarathon.intake.ApplicationState.SUBMITTED", Long.class)
                .setParameter("c", cohortId).getResultList());
        involved.addAll(em.createQuery("SELECT a.applicant.id FROM Application a, org.csomarathon.teams.CohortParticipant p "
                        + "WHERE a.cohort.id = :c AND p.account = a.applicant AND p.cohort.year < a.cohort.year", Long.class)
                .setParameter("c", cohortId).getResultList());
        return involved;
    }

    /**
     * The coordinator's decision on an application. Before the results are published nobody sees
     * it; after, it is published at once (a waitlisted applicant admitted later, say).
     */
    @Transactional
    public void decide(long applicationId, Decision decision, long coordinatorId) {
        Application application = getApplication(applicationId);
        SelectionTerms terms = lockedTerms(application.getCohort().getId());
        application.decide(decision, em.find(Account.class, coordinatorId), clock.instant());
        decisions.fire(new Decided(coordinatorId, AuditAction.ADMISSION, application.getCohort().getId(),
                application.getApplicant().getFullName(), null, decision.name(), null, null));
        if (terms.isPublished()) {
            publish(List.of(application), clock.instant());
        }
    }

    /**
     * Publishes the cohort's results: every submitted application's decision goes to its applicant
     * on their page and by e-mail, and the admitted become participants of the cohort. Refused
     * while the call is open and while an eligible application has no decision; below the
     * cohort's minimum of participants only when the coordinator confirms it.
     */
    @Transactional
    public int publishResults(long cohortId, boolean belowMinimumConfirmed, long coordinatorId) {
        SelectionTerms terms = lockedTerms(cohortId);
        Cohort cohort = em.find(Cohort.class, cohortId);
        Instant now = clock.instant();
        if (terms.isPublished()) {
            throw new BusinessException("selection.results.published");
        }
        if (!cohort.callClosedAt(now)) {
            throw new BusinessException("selection.publish.callOpen", cohort.getApplicationDeadline());
        }
        Ranking ranking = rankingOf(cohort);
        if (ranking.undecided() > 0) {
            throw new BusinessException("selection.publish.undecided", ranking.undecided());
        }
        if (ranking.isBelowMinimum() && !belowMinimumConfirmed) {
            throw new BusinessException("selection.publish.belowMinimum", ranking.admitted(), cohort.getMinParticipants());
        }
        // The applicants, their organisations and their roles come with the applications, not one by one.
        List<Application> applications = em.createQuery("SELECT a FROM Application a JOIN FETCH a.applicant "
                        + "LEFT JOIN FETCH a.organisation WHERE a.cohort.id = :c "
                        + "AND a.state = org.csomarathon.intake.ApplicationState.SUBMITTED", Application.class)
                .setParameter("c", cohortId)
                .setHint("eclipselink.batch", "a.applicant.roles")
                .setHint("eclipselink.batch.type", "IN")
                .getResultList();
        publish(applications, now);
        terms.published(now);
        decisions.fire(new Decided(coordinatorId, AuditAction.RESULTS_PUBLISHED, cohortId, cohort.getName(), null,
                String.valueOf(applications.size()), null, null));
        return applications.size();
    }

    /** Publishes the decisions; one notification per decision (and cohort) carries them to all its applicants. */
    private void publish(List<Application> applications, Instant now) {
        Map<Decision, List<Long>> told = new EnumMap<>(Decision.class);
        for (Application a : applications) {
            a.publishDecision(now);
            Decision decision = a.decision().orElseThrow();
            if (decision == Decision.ADMITTED) {
                admit(a);
            }
            told.computeIfAbsent(decision, d -> new ArrayList<>()).add(a.getApplicant().getId());
        }
        if (!applications.isEmpty()) {
            String cohortName = applications.get(0).getCohort().getName();
            told.forEach((decision, applicants) -> notifications.notify(applicants, MessageKind.DECISION_PUBLISHED,
                    "apply/index.xhtml", cohortName, decision.ordinal()));
        }
    }

    /** The admitted applicant becomes a participant of the cohort, with the organisation and position they gave. */
    private void admit(Application application) {
        Account account = application.getApplicant();
        Set<Role> roles = EnumSet.of(Role.PARTICIPANT);
        roles.addAll(account.getRoles());
        account.changeRoles(roles);
        application.organisation().ifPresent(o -> account.worksAt(o.getId(), application.content().position()));
        teams.admit(application.getCohort(), account);
    }
}
