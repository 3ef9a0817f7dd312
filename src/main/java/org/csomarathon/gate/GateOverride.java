package org.csomarathon.gate;

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
import org.csomarathon.cohort.Cohort;
import org.csomarathon.identity.Account;
import org.csomarathon.platform.BusinessException;
import org.csomarathon.platform.TextLength;
import org.csomarathon.platform.TextLimit;

/** A coordinator's exception to the gate for one participant; never changed, the newest counts. */
@Entity
@Table(name = "gate_exception")
public class GateOverride {

    public static final int REASON_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id")
    private Cohort cohort;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account participant;

    /** The participant's id, read without loading the account. */
    @Column(name = "account_id", insertable = false, updatable = false)
    private Long participantId;

    @Column(name = "passed", nullable = false)
    private boolean passed;

    @TextLimit(REASON_MAX)
    @Column(name = "reason", nullable = false, length = REASON_MAX)
    private String reason;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recorded_by")
    private Account recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected GateOverride() {
    }

    GateOverride(Cohort cohort, Account participant, boolean passed, String reason, Account by, Instant now) {
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty()) {
            throw new BusinessException("gate.exception.reason.required");
        }
        if (TextLength.exceeds(r, REASON_MAX)) {
            throw new BusinessException("gate.exception.reason.long", REASON_MAX);
        }
        this.cohort = cohort;
        this.participant = participant;
        this.passed = passed;
        this.reason = r;
        this.recordedBy = by;
        this.recordedAt = now;
    }

    GateCheck.Decision decision() {
        return new GateCheck.Decision(passed, reason, recordedBy.getFullName(), recordedAt);
    }

    public Long getParticipantId() {
        return participantId;
    }

    public Account getParticipant() {
        return participant;
    }

    public boolean isPassed() {
        return passed;
    }

    public String getReason() {
        return reason;
    }

    public Account getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
