package org.csomarathon.review;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ColumnResult;
import jakarta.persistence.ConstructorResult;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SqlResultSetMapping;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.csomarathon.identity.Account;
import org.csomarathon.platform.BusinessException;
import org.csomarathon.platform.Markdown;
import org.csomarathon.platform.TextLength;
import org.csomarathon.platform.TextLimit;
import org.csomarathon.submissions.Assignment;
import org.csomarathon.submissions.Outcome;
import org.csomarathon.submissions.ReleasedFeedback;
import org.csomarathon.submissions.Rubric;
import org.csomarathon.submissions.RubricCriterion;
import org.csomarathon.submissions.SubmissionVersion;
import org.csomarathon.teams.Team;

/**
 * The review of one submitted version, in the queue of the expert allocated to it: rubric scores,
 * a comment and a decision, a draft until released to the team. Versioned, so two experts (or two
 * tabs) never overwrite each other silently.
 */
@Entity
@Table(name = "review")
// Named queries, with their hints, are prepared once (a hint given at run time makes EclipseLink prepare again each time).
@SqlResultSetMapping(name = ExpertQueue.NEIGHBOUR, classes = @ConstructorResult(targetClass = ExpertQueue.Neighbour.class,
    columns = {@ColumnResult(name = "later", type = Boolean.class), @ColumnResult(name = "id", type = Long.class)}))
@NamedQueries({
    // The review page: what it shows comes in the same statement.
    @NamedQuery(name = Review.FOR_PAGE, query = "SELECT r FROM Review r JOIN FETCH r.submitted JOIN FETCH r.team "
            + "JOIN FETCH r.assignment LEFT JOIN FETCH r.expert WHERE r.id = :id", hints = {
                @QueryHint(name = "eclipselink.left-join-fetch", value = "r.savedBy"),
                @QueryHint(name = "eclipselink.left-join-fetch", value = "r.team.cohort"),
                @QueryHint(name = "eclipselink.left-join-fetch", value = "r.scores"),
                @QueryHint(name = "eclipselink.left-join-fetch", value = "r.files")}),
    // Files in the same statement (a review with several files comes once per file), scores in one more.
    @NamedQuery(name = Review.RELEASED_FOR, query = "SELECT r FROM Review r JOIN FETCH r.submitted LEFT JOIN FETCH r.expert "
            + "WHERE r.submitted.submission.id = :s AND r.state = org.csomarathon.review.ReviewState.RELEASED", hints = {
                @QueryHint(name = "eclipselink.batch", value = "r.scores"),
                @QueryHint(name = "eclipselink.batch.type", value = "IN"),
                @QueryHint(name = "eclipselink.left-join-fetch", value = "r.files")})
})
public class Review implements ReleasedFeedback {

    static final String FOR_PAGE = "Review.forPage";
    static final String RELEASED_FOR = "Review.releasedFor";

    public static final int COMMENT_MAX = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id")
    private SubmissionVersion submitted;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_id")
    private Team team;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id")
    private Assignment assignment;

    /** Null while nobody is allocated to the team. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "expert_id")
    private Account expert;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    private ReviewState state;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision", length = 16)
    private Outcome decision;

    @TextLimit(COMMENT_MAX)
    @Column(name = "comment")
    private String comment;

    /** Points per rubric criterion id. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "review_score", joinColumns = @JoinColumn(name = "review_id"))
    @MapKeyColumn(name = "criterion_id")
    @Column(name = "points")
    private Map<Long, Integer> scores = new HashMap<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "saved_by")
    private Account savedBy;

    @Column(name = "saved_at")
    private Instant savedAt;

    @Column(name = "released_at")
    private Instant releasedAt;

    /** The new due time for a revision the expert asked for, kept while the review is held. */
    @Column(name = "revision_due")
    private Instant revisionDue;

    /** Whether the expert proposes the work as an example for stage 2's programme. */
    @Column(name = "example", nullable = false)
    private boolean example;

    /** The team's answer to showing it: GIVEN or REFUSED; null before they answer. */
    @Column(name = "example_consent", length = 8)
    private String exampleConsent;

    @Column(name = "example_consent_by")
    private Long exampleConsentBy;

    @Column(name = "example_consent_at")
    private Instant exampleConsentAt;

        @OneToMany(mappedBy = "review")
    @OrderBy("id")
    private List<FeedbackFile> files = new ArrayList<>();

    @Version
    private int version;

    protected Review() {
    }

    Review(SubmissionVersion submitted, Team team, Assignment assignment, Account expert, Instant now) {
        this.submitted = submitted;
        this.team = team;
        this.assignment = assignment;
        this.expert = expert;
        this.state = ReviewState.WAITING;
        this.createdAt = now;
    }

    /**
     * Keeps the expert's scores, comment and decision as a draft. Each score must be one of its
     * criterion's levels; a released review is not changed any more.
     */
    void write(Map<Long, Integer> chosen, String text, Outcome outcome, Rubric rubric, Account by, Instant now) {
        checkOpen();
        String c = text == null ? "" : text.strip();
        if (TextLength.exceeds(c, COMMENT_MAX)) {
            throw new BusinessException("review.comment.long", COMMENT_MAX, TextLength.of(c));
        }
        Map<Long, Integer> checked = new HashMap<>();
        chosen.forEach((criterionId, points) -> {
            if (points == null) {
                return;
            }
            RubricCriterion criterion = rubric == null ? null : rubric.getCriteria().stream()
                    .filter(k -> k.getId().equals(criterionId)).findFirst().orElse(null);
            if (criterion == null || criterion.getLevels().stream().noneMatch(l -> l.getPoints() == points)) {
                throw new BusinessException("review.score.unknown");
            }
            checked.put(criterionId, points);
        });
        scores.clear();
        scores.putAll(checked);
        comment = c.isEmpty() ? null : c;
        decision = outcome;
        savedBy = by;
        savedAt = now;
        state = ReviewState.DRAFT;
        revisionDue = null;
    }

    /** Releases the feedback to the team: a decision, and a level for every criterion of the rubric. */
    void release(Rubric rubric, Instant now) {
        checkFinished(rubric);
        state = ReviewState.RELEASED;
        releasedAt = now;
        revisionDue = null;
        submitted.judge(decision);
    }

    /**
     * Marks the feedback finished but holds it until the assignment's release time, keeping the
     * revision due time asked for; the team sees nothing until then.
     */
    void hold(Rubric rubric, Instant askedRevisionDue) {
        checkFinished(rubric);
        state = ReviewState.READY;
        revisionDue = decision == Outcome.NEEDS_REVISION ? askedRevisionDue : null;
    }

    private void checkFinished(Rubric rubric) {
        if (decision == null) {
            throw new BusinessException("review.decision.required");
        }
        if (rubric != null && rubric.getCriteria().stream().anyMatch(k -> !scores.containsKey(k.getId()))) {
            throw new BusinessException("review.scores.missing");
        }
    }

    /** Adds a file to the feedback while it is not released; at most {@link FeedbackFile#MAX_FILES}. */
    void attach(FeedbackFile file) {
        checkOpen();
        if (files.size() >= FeedbackFile.MAX_FILES) {
            throw new BusinessException("review.files.tooMany", FeedbackFile.MAX_FILES);
        }
        files.add(file);
    }

    void detach(FeedbackFile file) {
        checkOpen();
        files.remove(file);
    }

    private void checkOpen() {
        if (state == ReviewState.RELEASED) {
            throw new BusinessException("review.released");
        }
    }

    /** The expert proposes the work as an example (or takes it back); the team's earlier answer stands. */
    void markExample(boolean proposed) {
        this.example = proposed;
    }

    /** A member of the team answers whether the work may be shown as an example. */
    void answerExample(boolean given, long by, Instant now) {
        if (!example || state != ReviewState.RELEASED) {
            throw new BusinessException("review.example.notProposed");
        }
        this.exampleConsent = given ? "GIVEN" : "REFUSED";
        this.exampleConsentBy = by;
        this.exampleConsentAt = now;
    }

        /** Refuses to save over a change made since {@code seenVersion}, naming who made it and when. */
    void checkCurrent(int seenVersion) {
        if (seenVersion != version) {
            throw new BusinessException("review.changedMeanwhile", savedBy == null ? "" : savedBy.getFullName(),
                    savedAt == null ? createdAt : savedAt);
        }
    }

    @Override
    public boolean isExample() {
        return example;
    }

    @Override
    public String getExampleConsent() {
        return exampleConsent;
    }

    public Instant getExampleConsentAt() {
        return exampleConsentAt;
    }

        @Override
    public int getTotal() {
        return scores.values().stream().mapToInt(Integer::intValue).sum();
    }

    @Override
    public String getCommentHtml() {
        return Markdown.toSafeHtml(comment);
    }

    @Override
    public Long getId() {
        return id;
    }

    public SubmissionVersion getSubmitted() {
        return submitted;
    }

    public Team getTeam() {
        return team;
    }

    public Assignment getAssignment() {
        return assignment;
    }

    @Override
    public Account getExpert() {
        return expert;
    }

    public ReviewState getState() {
        return state;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public Outcome getDecision() {
        return decision;
    }

    public String getComment() {
        return comment;
    }

    @Override
    public Map<Long, Integer> getScores() {
        return Map.copyOf(scores);
    }

    public Account getSavedBy() {
        return savedBy;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    @Override
    public Instant getReleasedAt() {
        return releasedAt;
    }

    public Instant getRevisionDue() {
        return revisionDue;
    }

    @Override
    public List<FeedbackFile> getFiles() {
        return Collections.unmodifiableList(files);
    }

    public int getVersion() {
        return version;
    }
}
