package org.csomarathon.review;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import org.csomarathon.identity.Account;
import org.csomarathon.platform.BusinessException;
import org.csomarathon.platform.FileStore;
import org.csomarathon.platform.FileType;
import org.csomarathon.platform.StoredFile;
import org.csomarathon.submissions.ReleasedFeedback;

/** A file an expert attaches to feedback; the team gets it with the released feedback. */
@Entity
@Table(name = "feedback_file")
public class FeedbackFile implements ReleasedFeedback.File {

    public static final int MAX_MB = 20;
    public static final int MAX_FILES = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "review_id")
    private Review review;

    @Embedded
    private StoredFile stored;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "uploaded_by")
    private Account uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected FeedbackFile() {
    }

    /** Any of the platform's document and image types, its bytes checked against its ending. */
    static FeedbackFile of(Review review, String fileName, FileStore.Stored stored, Account by, Instant now) {
        FeedbackFile file = new FeedbackFile();
        file.review = review;
        file.stored = StoredFile.accept(fileName, stored, EnumSet.allOf(FileType.class), MAX_MB,
                name -> new BusinessException("storage.typeNotAllowed", name));
        file.uploadedBy = by;
        file.uploadedAt = now;
        return file;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public StoredFile getStored() {
        return stored;
    }

    public Review getReview() {
        return review;
    }
}
