package org.csomarathon.notifications;

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

/** One try at delivering an outbox message, kept whatever came of it. */
@Entity
@Table(name = "outbox_attempt")
public class OutboxAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "message_id")
    private OutboxMessage message;

    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    @Column(name = "succeeded", nullable = false)
    private boolean succeeded;

    @Column(name = "error")
    private String error;

    protected OutboxAttempt() {
    }

    OutboxAttempt(OutboxMessage message, Instant attemptedAt, String error) {
        this.message = message;
        this.attemptedAt = attemptedAt;
        this.succeeded = error == null;
        this.error = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
    }
}
