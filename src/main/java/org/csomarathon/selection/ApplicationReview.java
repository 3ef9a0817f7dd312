package org.csomarathon.selection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import org.csomarathon.identity.Account;
import org.csomarathon.intake.Application;
import org.csomarathon.platform.BusinessException;
import org.csomarathon.platform.TextLength;
import org.csomarathon.platform.TextLimit;

/**
 * A reviewer's part in one application: assigned, then scored on the five criteria with a
 * comment, or withdrawn by a declared conflict of interest (which clears any scores).
 */
@Entity
@Table(name = "application_review")
public class ApplicationReview {

    public static final int COMMENT_MAX = 5000;
    public static final int NOTE_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    private Application application;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reviewer_id")
    private Account reviewer;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Column(name = "conflict_at")
    private Instant conflictAt;

    @TextLimit(NOTE_MAX)
    @Column(name = "conflict_note")
    private String conflictNote;

    @Column(name = "development")
    private Integer development;

    @Column(name = "transparency")
    private Integer transparency;

    @Column(name = "motivation")
    private Integer motivation;

    @Column(name = "plans")
    private Integer plans;

    @Column(name = "commitment")
    private Integer commitment;

    @TextLimit(COMMENT_MAX)
    @Column(name = "comment")
    private String comment;

    @Column(name = "scored_at")
    private Instant scoredAt;

    @Version
    private int version;

    protected ApplicationReview() {
    }

    ApplicationReview(Application application, Account reviewer, Instant now) {
        this.application = application;
        this.reviewer = reviewer;
        this.assignedAt = now;
    }

    void score(Scores scores, String comment, Instant now) {
        if (conflictAt != null) {
            throw new BusinessException("selection.review.conflictDeclared");
        }
        String text = comment == null ? "" : comment.strip();
        if (text.isEmpty()) {
            throw new BusinessException("selection.review.commentRequired");
        }
        int length = TextLength.of(text);
        if (length > COMMENT_MAX) {
            throw new BusinessException("selection.review.commentLong", COMMENT_MAX, length);
        }
        development = scores.development();
        transparency = scores.transparency();
        motivation = scores.motivation();
        plans = scores.plans();
        commitment = scores.commitment();
        this.comment = text;
        scoredAt = now;
    }

    void declareConflict(String note, Instant now) {
        String text = note == null ? "" : note.strip();
        if (text.isEmpty()) {
            throw new BusinessException("selection.conflict.noteRequired");
        }
        if (TextLength.exceeds(text, NOTE_MAX)) {
            throw new BusinessException("selection.conflict.noteLong", NOTE_MAX);
        }
        conflictAt = now;
        conflictNote = text;
        development = transparency = motivation = plans = commitment = null;
        comment = null;
        scoredAt = null;
    }

    public Long getId() {
        return id;
    }

    public Application getApplication() {
        return application;
    }

    public Account getReviewer() {
        return reviewer;
    }

    public Optional<Scores> scores() {
        return scoredAt == null ? Optional.empty()
                : Optional.of(new Scores(development, transparency, motivation, plans, commitment));
    }

    public String getComment() {
        return comment;
    }

    public boolean isConflicted() {
        return conflictAt != null;
    }

    public String getConflictNote() {
        return conflictNote;
    }

    public Instant getScoredAt() {
        return scoredAt;
    }

    public int getVersion() {
        return version;
    }
}
