package org.csomarathon.submissions;

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
import org.csomarathon.identity.Account;
import org.csomarathon.platform.BusinessException;
import org.csomarathon.platform.FileStore;
import org.csomarathon.platform.StoredFile;

/** A file of a team's draft (no version yet) or of a submitted version; its bytes are in the file store. */
@Entity
@Table(name = "submission_file")
public class SubmittedFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "submission_id")
    private Submission submission;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "version_id")
    private SubmissionVersion version;

    @Embedded
    private StoredFile stored;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "uploaded_by")
    private Account uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected SubmittedFile() {
    }

    private SubmittedFile(Submission submission, SubmissionVersion version, StoredFile stored, Account uploadedBy,
                          Instant uploadedAt) {
        this.submission = submission;
        this.version = version;
        this.stored = stored;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    /** A file for the draft, accepted only when the assignment takes its type and its bytes are that type. */
    static SubmittedFile forDraft(Submission submission, String fileName, FileStore.Stored stored, Account by, Instant now) {
        Assignment assignment = submission.getAssignment();
        return new SubmittedFile(submission, null, StoredFile.accept(fileName, stored, assignment.getFileTypes(),
                assignment.getMaxFileMb(), name -> new BusinessException("submission.file.typeNotAccepted", name,
                        assignment.getFileEndings())), by, now);
    }

    /** The same file, as part of a submitted version. */
    SubmittedFile copyInto(SubmissionVersion submitted) {
        return new SubmittedFile(submission, submitted, stored, uploadedBy, uploadedAt);
    }

    public StoredFile getStored() {
        return stored;
    }

    public Long getId() {
        return id;
    }

    public Submission getSubmission() {
        return submission;
    }

    public SubmissionVersion getVersion() {
        return version;
    }

    public Account getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
