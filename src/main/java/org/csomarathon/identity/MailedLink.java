package org.csomarathon.identity;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Duration;
import java.time.Instant;
import org.csomarathon.platform.SecretTokens;

/**
 * A link mailed to a person that works once, until it expires: only its token's SHA-256 is kept
 * (a password reset, a registration's confirmation).
 */
@MappedSuperclass
public abstract class MailedLink {

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected MailedLink() {
    }

    protected MailedLink(String token, Instant now, Duration validFor) {
        this.tokenHash = SecretTokens.hash(token);
        this.createdAt = now;
        this.expiresAt = now.plus(validFor);
    }

    boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    boolean isUsed() {
        return usedAt != null;
    }

    void use(Instant now) {
        usedAt = now;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
