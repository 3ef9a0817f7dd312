package org.csomarathon.notifications;

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
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.csomarathon.identity.Account;
import org.csomarathon.platform.Language;
import org.csomarathon.platform.Texts;

/** An e-mail in the outbox, written with the action that causes it and delivered by {@link Outbox}. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    /** The longest wait between two attempts. */
    static final Duration LONGEST_WAIT = Duration.ofHours(6);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 40)
    private MessageKind kind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recipient_id")
    private Account recipient;

    @Column(name = "to_address", nullable = false)
    private String toAddress;

    @Column(name = "language", nullable = false, length = 2)
    private Language language;

    @Column(name = "subject", nullable = false)
    private String subject;

    @Column(name = "body_text", nullable = false)
    private String bodyText;

    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 12)
    private OutboxState state;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboxMessage() {
    }

    OutboxMessage(MessageKind kind, Account recipient, String subject, String bodyText, String bodyHtml, Instant now) {
        this(kind, recipient, recipient.getEmail(), recipient.getLanguage(), subject, bodyText, bodyHtml, now);
    }

    /** A message to an address with no account yet ({@code recipient} null): a registration's link. */
    OutboxMessage(MessageKind kind, Account recipient, String toAddress, Language language, String subject,
                  String bodyText, String bodyHtml, Instant now) {
        this.kind = kind;
        this.recipient = recipient;
        this.toAddress = toAddress;
        this.language = language;
        this.subject = subject;
        this.bodyText = bodyText;
        this.bodyHtml = bodyHtml;
        this.state = OutboxState.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    void sent(Instant now) {
        attempts++;
        state = OutboxState.SENT;
        sentAt = now;
        lastError = null;
        if (kind.isSensitive()) {
            bodyText = Texts.format(language, "outbox.blanked");
            bodyHtml = "<p>" + bodyText + "</p>";
        }
    }

    /**
     * An attempt failed: the next waits twice as long as the one before, from {@code firstWait} up
     * to six hours; after {@code maxAttempts} the message is undeliverable.
     */
    void failed(String error, Instant now, Duration firstWait, int maxAttempts) {
        attempts++;
        lastError = error == null ? "" : error.substring(0, Math.min(error.length(), 1000));
        if (attempts >= maxAttempts) {
            state = OutboxState.FAILED;
            return;
        }
        Duration wait = firstWait.multipliedBy(1L << Math.min(attempts - 1, 20));
        nextAttemptAt = now.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
    }

    /** Sends an undeliverable message again from the start, as a coordinator asks. */
    void retry(Instant now) {
        state = OutboxState.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }

    public Long getId() {
        return id;
    }

    public MessageKind getKind() {
        return kind;
    }

    public String getToAddress() {
        return toAddress;
    }

    public Language getLanguage() {
        return language;
    }

    public String getSubject() {
        return subject;
    }

    public String getBodyText() {
        return bodyText;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public OutboxState getState() {
        return state;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
