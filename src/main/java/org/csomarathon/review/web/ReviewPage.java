package org.csomarathon.review.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.csomarathon.identity.web.Viewer;
import org.csomarathon.platform.BusinessException;
import org.csomarathon.platform.FileType;
import org.csomarathon.platform.Markdown;
import org.csomarathon.platform.TextLimit;
import org.csomarathon.platform.web.NotFound;
import org.csomarathon.platform.web.PageMessages;
import org.csomarathon.review.ExpertQueue;
import org.csomarathon.review.FeedbackFile;
import org.csomarathon.review.Review;
import org.csomarathon.review.ReviewService;
import org.csomarathon.review.ReviewState;
import org.csomarathon.submissions.Assignment;
import org.csomarathon.submissions.AssignmentService;
import org.csomarathon.submissions.Outcome;
import org.csomarathon.submissions.RubricCriterion;
import org.csomarathon.submissions.SubmissionService;
import org.csomarathon.submissions.SubmissionVersion;
import org.primefaces.event.FileUploadEvent;

/**
 * An expert reviews a version ({@code expert/review.xhtml?id=}): the team's answer and files, its
 * earlier versions with the feedback they got, and beside them the rubric, a comment and the
 * decision; saved as a draft, or released to the team. A save over a colleague's newer change is
 * refused, naming them, and the expert's own text stays in the form.
 */
@Named
@ViewScoped
public class ReviewPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReviewService reviews;

    @Inject
    transient ExpertQueue queue;

    @Inject
    transient SubmissionService submissions;

    @Inject
    transient AssignmentService assignments;

    @Inject
    Viewer viewer;

    @Inject
    transient Clock clock;

    private Long id;
    private int seenVersion;
    private Map<Long, Integer> scores = new HashMap<>();
    @TextLimit(Review.COMMENT_MAX)
    private String comment;
    private Outcome decision;
    /** A new due time for a revision, typed in the cohort's zone. */
    private LocalDateTime revisionDue;
    /** Whether a save was refused because the review changed meanwhile: the review as it is now is shown beside the expert's own. */
    private boolean changedMeanwhile;
    /** Whether the expert proposes the work as an example for stage 2. */
    private boolean example;
    private transient Review review;
    private transient SubmissionService.Version version;
    private transient ExpertQueue.Neighbours neighbours;
    private transient List<SubmissionVersion> earlier;
    private transient Map<Long, Review> feedback;
    private transient List<RubricCriterion> criteria;

    public void load() throws IOException {
        if (id == null || !refresh()) {
            NotFound.answer();
            return;
        }
        seenVersion = review.getVersion();
        scores = new HashMap<>(review.getScores());
        comment = review.getComment();
        decision = review.getDecision();
        example = review.isExample();
        revisionDue = review.getRevisionDue() == null ? null : LocalDateTime.ofInstant(review.getRevisionDue(), getCohortZone());
    }

    private boolean refresh() {
        review = reviews.findForReviewer(viewer.getAccountId(), viewer.getRoles(), id).orElse(null);
        neighbours = null;
        earlier = null;
        feedback = null;
        criteria = null;
        version = review == null ? null
                : submissions.findVersion(viewer.getAccountId(), viewer.getRoles(), review.getSubmitted().getId()).orElse(null);
        return review != null && version != null;
    }

    public String save() {
        return store(false, "review.saved");
    }

    public String release() {
        return store(true, "review.releasedNow");
    }

    private String store(boolean release, String done) {
        Review saved;
        try {
            saved = reviews.save(viewer.getAccountId(), viewer.getRoles(), id, seenVersion, scores, comment, decision, release,
                    revisionDue == null ? null : revisionDue.atZone(getCohortZone()).toInstant());
        } catch (BusinessException e) {
            refresh();
            if (!"review.changedMeanwhile".equals(e.messageKey()) && !"review.released".equals(e.messageKey())) {
                throw e;
            }
            // The form keeps what this expert typed; a review sent meanwhile has no form, so the page shows the text to copy.
            PageMessages.refused(e);
            changedMeanwhile = true;
            seenVersion = review.getVersion();
            return null;
        }
        if (saved.getState() == ReviewState.READY) {
            PageMessages.info("review.held", saved.getTeam().getName(), saved.getAssignment().getFeedbackReleaseAt());
        } else {
            PageMessages.info(done, saved.getTeam().getName());
        }
        return "/expert/review.xhtml?faces-redirect=true&id=" + id;
    }

    /** One file chosen in the feedback's upload box. */
    public void attach(FileUploadEvent event) throws IOException {
        try (InputStream in = event.getFile().getInputStream()) {
            reviews.attach(viewer.getAccountId(), viewer.getRoles(), id, event.getFile().getFileName(), in);
        } finally {
            refresh();
        }
        PageMessages.infoOnThisPage("review.file.added", FileType.safeName(event.getFile().getFileName()));
    }

    public void detach(long fileId) {
        try {
            reviews.detach(viewer.getAccountId(), viewer.getRoles(), fileId);
        } finally {
            refresh();
        }
        PageMessages.infoOnThisPage("review.file.removed");
    }

    /** The upload box's check in the browser; the server checks the bytes. */
    public String getAllowTypes() {
        return FileType.uploadPattern(EnumSet.allOf(FileType.class));
    }

    public long getMaxFileBytes() {
        return FeedbackFile.MAX_MB * 1024L * 1024L;
    }

    public int getMaxFileMb() {
        return FeedbackFile.MAX_MB;
    }

    public int getMaxFiles() {
        return FeedbackFile.MAX_FILES;
    }

    public Review getReview() {
        if (review == null) {
            refresh();
        }
        return review;
    }

    public SubmissionService.Version getVersion() {
        if (version == null) {
            refresh();
        }
        return version;
    }

    /** The rubric's criteria with their levels; none when the assignment has no rubric. */
    public List<RubricCriterion> getCriteria() {
        if (criteria == null) {
            Long rubric = getReview().getAssignment().getRubricId();
            criteria = rubric == null ? List.of() : assignments.criteriaOf(rubric);
        }
        return criteria;
    }

    /** The most points the criteria give: what the feedback's total is out of. */
    public int getMaxPoints() {
        return RubricCriterion.maxPoints(getCriteria());
    }

    /** The team's other versions of this assignment, newest first. */
    public List<SubmissionVersion> getEarlier() {
        if (earlier == null) {
            SubmissionVersion current = getVersion().version();
            earlier = submissions.versionsOf(current.getSubmission().getId()).stream()
                    .filter(v -> v.getNumber() < current.getNumber())
                    .toList();
        }
        return earlier;
    }

    /** Released feedback on the team's versions, by version id. */
    public Map<Long, Review> getFeedback() {
        if (feedback == null) {
            feedback = reviews.releasedFor(getVersion().version().getSubmission().getId());
        }
        return feedback;
    }

    /** The previous and the next review waiting in the same queue. */
    public ExpertQueue.Neighbours getNeighbours() {
        if (neighbours == null) {
            neighbours = queue.neighbours(getReview());
        }
        return neighbours;
    }

    /** The assignment's release time while it is ahead: finished feedback waits for it. */
    public Instant getHeldUntil() {
        Assignment a = getReview().getAssignment();
        return a.holdsFeedback(clock.instant()) ? a.getFeedbackReleaseAt() : null;
    }

    public ZoneId getCohortZone() {
        return getReview().getTeam().getCohort().getTimeZone();
    }

    public LocalDateTime getRevisionDue() {
        return revisionDue;
    }

    public void setRevisionDue(LocalDateTime revisionDue) {
        this.revisionDue = revisionDue;
    }

    public Outcome[] getOutcomes() {
        return Outcome.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public int getSeenVersion() {
        return seenVersion;
    }

    public void setSeenVersion(int seenVersion) {
        this.seenVersion = seenVersion;
    }

    public Map<Long, Integer> getScores() {
        return scores;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public Outcome getDecision() {
        return decision;
    }

    public void setDecision(Outcome decision) {
        this.decision = decision;
    }

    /** Proposes the work as an example for stage 2's programme (or takes it back); the team is asked. */
    public String saveExample() {
        reviews.markExample(viewer.getAccountId(), viewer.getRoles(), id, example);
        PageMessages.info(example ? "review.example.proposed" : "review.example.withdrawn");
        return "/expert/review.xhtml?faces-redirect=true&id=" + id;
    }

    public boolean isExample() {
        return example;
    }

    public void setExample(boolean example) {
        this.example = example;
    }

    /** The comment as the team will read it (Markdown, made safe), for the preview. */
    public String getCommentPreview() {
        return Markdown.toSafeHtml(comment);
    }

    /** The points of the levels chosen so far; the page keeps it current while levels are chosen. */
    public int getChosenTotal() {
        return scores.values().stream().filter(Objects::nonNull).mapToInt(Integer::intValue).sum();
    }

    public boolean isChangedMeanwhile() {
        return changedMeanwhile;
    }
}
