package org.csomarathon.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.csomarathon.platform.SecretTokens;

/**
 * A request to set a new password: a link that works once, within an hour.
 */
@Entity
@Table(name = "password_reset")
public class PasswordReset extends MailedLink {

    public static final Duration VALID_FOR = Duration.ofHours(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    protected PasswordReset() {
    }

    private PasswordReset(Account account, String token, Instant now) {
        super(token, now, VALID_FOR);
        this.account = account;
    }

    /** A new request with its token: the token to send, the request to keep. */
    record Issued(String token, PasswordReset reset) {
    }

    static Issued issue(Account account, Instant now) {
        String token = SecretTokens.next();
        return new Issued(token, new PasswordReset(account, token, now));
    }

    public Account getAccount() {
        return account;
    }
}
