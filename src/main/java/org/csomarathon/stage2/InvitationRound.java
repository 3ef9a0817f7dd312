package org.csomarathon.stage2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.csomarathon.platform.BusinessException;

/**
 * A cohort's invitations to stage 2: how many seats, how long an invited person has to answer, who
 * opened it and when. Every change of the cohort's invitations locks this row first.
 */
@Entity
@Table(name = "stage2_round")
public class InvitationRound {

    public static final int DEFAULT_REPLY_DAYS = 7;
    static final int MAX_SEATS = 100;
    static final int MAX_REPLY_DAYS = 60;

    @Id
    @Column(name = "cohort_id")
    private Long cohortId;

    @Column(name = "seats", nullable = false)
    private int seats;

    @Column(name = "reply_days", nullable = false)
    private int replyDays;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "opened_by", nullable = false)
    private Long openedBy;

    protected InvitationRound() {
    }

    InvitationRound(long cohortId, int seats, int replyDays, long openedBy, Instant now) {
        if (seats < 1 || seats > MAX_SEATS) {
            throw new BusinessException("stage2.round.seats", MAX_SEATS);
        }
        if (replyDays < 1 || replyDays > MAX_REPLY_DAYS) {
            throw new BusinessException("stage2.round.replyDays", MAX_REPLY_DAYS);
        }
        this.cohortId = cohortId;
        this.seats = seats;
        this.replyDays = replyDays;
        this.openedBy = openedBy;
        this.openedAt = now;
    }

    /** When someone invited now has to answer by. */
    Instant replyBy(Instant now) {
        return now.plus(Duration.ofDays(replyDays));
    }

    public Long getCohortId() {
        return cohortId;
    }

    public int getSeats() {
        return seats;
    }

    public int getReplyDays() {
        return replyDays;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }
}
