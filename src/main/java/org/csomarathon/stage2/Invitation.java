package org.csomarathon.stage2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.csomarathon.platform.BusinessException;
import org.csomarathon.platform.TextLength;
import org.csomarathon.platform.TextLimit;

/**
 * A person's invitation to a cohort's stage 2: waiting for their answer until the reply-by time,
 * then confirmed, declined (with an optional reason), expired, or withdrawn by a coordinator (with
 * a reason). Only an invitation waiting for its answer can be answered; only one holding a seat can
 * be withdrawn.
 */
@Entity
@Table(name = "stage2_invitation")
public class Invitation {

    public static final int REASON_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cohort_id", nullable = false)
    private Long cohortId;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 12)
    private InvitationState state;

    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt;

    /** Who invited by hand; null when the waiting list moved up. */
    @Column(name = "invited_by")
    private Long invitedBy;

    @Column(name = "reply_by", nullable = false)
    private Instant replyBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @TextLimit(REASON_MAX)
    @Column(name = "reason", length = REASON_MAX)
    private String reason;

    @Version
    private int version;

    protected Invitation() {
    }

    Invitation(long cohortId, long accountId, Long invitedBy, String reason, Instant now, Instant replyBy) {
        this.cohortId = cohortId;
        this.accountId = accountId;
        this.invitedBy = invitedBy;
        this.reason = reason(reason);
        this.state = InvitationState.INVITED;
        this.invitedAt = now;
        this.replyBy = replyBy;
    }

    void confirm(Instant now) {
        answer(InvitationState.CONFIRMED, null, now);
    }

    void decline(String reason, Instant now) {
        answer(InvitationState.DECLINED, reason, now);
    }

    /** No answer by the reply-by time. */
    void expire(Instant now) {
        answer(InvitationState.EXPIRED, null, now);
    }

    void withdraw(String reason, Instant now) {
        if (!state.holdsSeat()) {
            throw new BusinessException("stage2.invitation.notHeld");
        }
        String why = reason(reason);
        if (why == null) {
            throw new BusinessException("stage2.invitation.reason.required");
        }
        this.state = InvitationState.WITHDRAWN;
        this.reason = why;
        this.answeredAt = now;
    }

    private void answer(InvitationState answer, String reason, Instant now) {
        if (state != InvitationState.INVITED) {
            throw new BusinessException("stage2.invitation.answered");
        }
        this.state = answer;
        this.reason = reason(reason);
        this.answeredAt = now;
    }

    private static String reason(String typed) {
        String r = typed == null ? "" : typed.strip();
        if (TextLength.exceeds(r, REASON_MAX)) {
            throw new BusinessException("stage2.invitation.reason.long", REASON_MAX);
        }
        return r.isEmpty() ? null : r;
    }

    public Long getId() {
        return id;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public InvitationState getState() {
        return state;
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }

    public Long getInvitedBy() {
        return invitedBy;
    }

    public Instant getReplyBy() {
        return replyBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getReason() {
        return reason;
    }
}
