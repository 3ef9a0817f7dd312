package org.csomarathon.identity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.csomarathon.platform.Language;
import org.csomarathon.platform.SecretTokens;

/**
 * Someone registering to apply: the account is made only when the link mailed to the address is
 * opened (within a day), so an address is never taken by someone who cannot read its mail.
 */
@Entity
@Table(name = "registration")
@AttributeOverride(name = "usedAt", column = @Column(name = "confirmed_at"))
public class Registration extends MailedLink {

    public static final Duration VALID_FOR = Duration.ofHours(24);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "email", nullable = false)
    private String email;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "language", nullable = false)
    private Language language;

    @Column(name = "time_zone", nullable = false)
    private ZoneId timeZone;

    protected Registration() {
    }

    private Registration(EmailAddress email, String fullName, String passwordHash, Language language, ZoneId zone,
                         String token, Instant now) {
        super(token, now, VALID_FOR);
        this.email = email.value();
        this.fullName = fullName;
        this.passwordHash = passwordHash;
        this.language = language;
        this.timeZone = zone;
    }

    /** A new registration with its token: the token to mail, the registration to keep. */
    record Issued(String token, Registration registration) {
    }

    static Issued issue(EmailAddress email, String fullName, String passwordHash, Language language, ZoneId zone,
                        Instant now) {
        String token = SecretTokens.next();
        return new Issued(token, new Registration(email, fullName, passwordHash, language, zone, token, now));
    }

    /** The applicant's account this registration becomes. */
    Account confirm(Instant now) {
        use(now);
        return new Account(new EmailAddress(email), fullName, passwordHash, language, timeZone, List.of(Role.APPLICANT),
                now);
    }

    String getEmail() {
        return email;
    }
}
