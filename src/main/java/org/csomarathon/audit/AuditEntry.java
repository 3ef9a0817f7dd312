package org.csomarathon.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.csomarathon.platform.TextLength;
import org.csomarathon.platform.TextLimit;

/**
 * One decision in the log: when, who took it (none for the system), what kind, in which cohort,
 * about whom or which team ({@code subject}), on what ({@code object}: an assignment, say), its
 * outcome as a code, a time it set, and the reason given. Names are kept as they were.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    static final int NAME_MAX = 300;
    static final int NOTE_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "at", nullable = false)
    private Instant at;

    @Column(name = "actor_id")
    private Long actorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 30)
    private AuditAction action;

    @Column(name = "cohort_id")
    private Long cohortId;

    @TextLimit(NAME_MAX)
    @Column(name = "subject", nullable = false, length = NAME_MAX)
    private String subject;

    @TextLimit(NAME_MAX)
    @Column(name = "object", length = NAME_MAX)
    private String object;

    @TextLimit(200)
    @Column(name = "outcome", length = 200)
    private String outcome;

    @Column(name = "until_at")
    private Instant untilAt;

    @TextLimit(NOTE_MAX)
    @Column(name = "note", length = NOTE_MAX)
    private String note;

    protected AuditEntry() {
    }

    AuditEntry(Instant at, Long actorId, AuditAction action, Long cohortId, String subject, String object,
               String outcome, Instant untilAt, String note) {
        this.at = at;
        this.actorId = actorId;
        this.action = action;
        this.cohortId = cohortId;
        this.subject = cut(subject, NAME_MAX);
        this.object = cut(object, NAME_MAX);
        this.outcome = outcome;
        this.untilAt = untilAt;
        this.note = cut(note, NOTE_MAX);
    }

    /** The log keeps what it can of an overlong name or reason rather than refuse the decision it records. */
    private static String cut(String text, int max) {
        return text == null || !TextLength.exceeds(text, max) ? text : TextLength.cut(text, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public AuditAction getAction() {
        return action;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public String getSubject() {
        return subject;
    }

    public String getObject() {
        return object;
    }

    public String getOutcome() {
        return outcome;
    }

    public Instant getUntilAt() {
        return untilAt;
    }

    public String getNote() {
        return note;
    }
}
