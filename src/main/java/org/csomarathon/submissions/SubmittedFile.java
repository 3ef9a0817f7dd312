package org.csomarathon.submissions;

import jakarta.persistence.Column;
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
import org.csomarathon.platform.FileType;

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

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "uploaded_by")
    private Account uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected SubmittedFile() {
    }

    private SubmittedFile(Submission submission, SubmissionVersion version, String fileName, String contentType,
                          long sizeBytes, String sha256, Account uploadedBy, Instant uploadedAt) {
        this.submission = submission;
        this.version = version;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    /** A file for the draft, accepted only when the assignment takes its type and its bytes are that type. */
    static SubmittedFile forDraft(Submission submission, String fileName, FileStore.Stored stored, Account by, Instant now) {
        Assignment assignment = submission.getAssignment();
        String name = FileType.safeName(fileName);
        FileType type = FileType.declaredBy(name)
                .filter(assignment.getFileTypes()::contains)
                .orElseThrow(() -> new BusinessException("submission.file.typeNotAccepted", name, assignment.getFileEndings()));
        if (stored.size() == 0) {
            throw new BusinessException("storage.empty", name);
        }
        if (stored.size() > assignment.getMaxFileBytes()) {
            throw new BusinessException("storage.tooLarge", assignment.getMaxFileMb());
        }
        if (!type.matches(stored.header())) {
            throw new BusinessException("storage.contentMismatch", name);
        }
        return new SubmittedFile(submission, null, name, type.contentType(), stored.size(), stored.sha256(), by, now);
    }

    /** The same file, as part of a submitted version. */
    SubmittedFile copyInto(SubmissionVersion submitted) {
        return new SubmittedFile(submission, submitted, fileName, contentType, sizeBytes, sha256, uploadedBy, uploadedAt);
    }

    public long getSizeKb() {
        return (sizeBytes + 1023) / 1024;
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

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public Account getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
