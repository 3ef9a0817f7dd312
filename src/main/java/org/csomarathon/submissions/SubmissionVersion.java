package org.csomarathon.submissions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.csomarathon.identity.Account;
import org.csomarathon.platform.TextLimit;

/** A submitted version, kept as it was sent: numbered, timed by the server, marked late or not. */
@Entity
@Table(name = "submission_version")
// A version with who handed it in, its work's assignment and team, in one statement. EclipseLink ignores a JOIN FETCH
// through an alias; its hints fetch the nested paths. Named, so that it is prepared once (run-time hints prepare each time).
@NamedQuery(name = SubmissionVersion.WITH_WORK, query = "SELECT v FROM SubmissionVersion v JOIN FETCH v.submittedBy "
        + "WHERE v.id = :id", hints = {
            @QueryHint(name = "eclipselink.join-fetch", value = "v.submission.assignment"),
            @QueryHint(name = "eclipselink.join-fetch", value = "v.submission.team")})
public class SubmissionVersion {

    static final String WITH_WORK = "SubmissionVersion.withWork";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "submission_id")
    private Submission submission;

    @Column(name = "number", nullable = false)
    private int number;

    @TextLimit(Submission.TEXT_MAX)
    @Column(name = "body")
    private String body;

    @Column(name = "links")
    private String links;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "submitted_by")
    private Account submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "late", nullable = false)
    private boolean late;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 16)
    private Outcome outcome;

    protected SubmissionVersion() {
    }

    SubmissionVersion(Submission submission, int number, String body, String links, Account submittedBy,
                      Instant submittedAt, boolean late) {
        this.submission = submission;
        this.number = number;
        this.body = body;
        this.links = links;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
        this.late = late;
    }

    public Long getId() {
        return id;
    }

    public Submission getSubmission() {
        return submission;
    }

    public int getNumber() {
        return number;
    }

    public String getBody() {
        return body;
    }

    public List<String> getLinks() {
        return links == null ? List.of() : List.of(links.split("\n"));
    }

    public Account getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    /** The expert's decision, once released (review keeps the rest of the feedback). */
    public void judge(Outcome released) {
        this.outcome = released;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public boolean isLate() {
        return late;
    }
}
