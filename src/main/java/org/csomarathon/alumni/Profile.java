package org.csomarathon.alumni;

import jakarta.persistence.Column;
import jakarta.persistence.ColumnResult;
import jakarta.persistence.ConstructorResult;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.SqlResultSetMapping;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import org.csomarathon.platform.BusinessException;
import org.csomarathon.platform.Phrases;

/**
 * An alumnus's profile in the directory: shown only while they consent (the consent's time and the
 * version of its text kept; withdrawn at any time, which hides the profile at once).
 */
@Entity
@Table(name = "alumni_profile")
@SqlResultSetMapping(name = Alumni.ENTRY, classes = @ConstructorResult(targetClass = Alumni.Entry.class, columns = {
    @ColumnResult(name = "account_id", type = Long.class), @ColumnResult(name = "full_name", type = String.class),
    @ColumnResult(name = "years", type = String.class), @ColumnResult(name = "organisation", type = String.class),
    @ColumnResult(name = "region_code", type = String.class), @ColumnResult(name = "position", type = String.class),
    @ColumnResult(name = "topics", type = String.class), @ColumnResult(name = "contact", type = String.class)}))
public class Profile {

    /** The version of the consent text the person agreed to (alumni.consent.text in the bundles). */
    public static final String CONSENT_VERSION = "ALUMNI-1";

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "consent_at")
    private Instant consentAt;

    @Column(name = "consent_version", length = 20)
    private String consentVersion;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "organisation", length = 300)
    private String organisation;

    @Column(name = "region_code", length = 2)
    private String regionCode;

    @Column(name = "position", length = 200)
    private String position;

    @Column(name = "topics", length = 500)
    private String topics;

    @Column(name = "contact", length = 300)
    private String contact;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    /** What an alumnus types about themselves. */
    public record Facts(String organisation, String regionCode, String position, String topics, String contact) {
    }

    protected Profile() {
    }

    Profile(long accountId, Instant now) {
        this.accountId = accountId;
        this.updatedAt = now;
    }

    void change(Facts facts, boolean consent, Instant now) {
        this.organisation = text(facts.organisation(), 300, "alumni.organisation");
        this.regionCode = facts.regionCode() == null || facts.regionCode().isBlank() ? null : facts.regionCode();
        this.position = text(facts.position(), 200, "alumni.position");
        this.topics = text(facts.topics(), 500, "alumni.topics");
        this.contact = text(facts.contact(), 300, "alumni.contact");
        if (consent && consentAt == null) {
            consentAt = now;
            consentVersion = CONSENT_VERSION;
            withdrawnAt = null;
        } else if (!consent && consentAt != null) {
            withdraw(now);
        }
        this.updatedAt = now;
    }

    /** Hides the profile from the directory at once; the profile itself is kept for the person. */
    void withdraw(Instant now) {
        consentAt = null;
        consentVersion = null;
        withdrawnAt = now;
        updatedAt = now;
    }

    private static String text(String typed, int max, String label) {
        String t = typed == null ? "" : typed.strip();
        if (t.codePointCount(0, t.length()) > max) {
            throw new BusinessException("alumni.long", new Phrases(List.of(label)), max);
        }
        return t.isEmpty() ? null : t;
    }

    public boolean isShown() {
        return consentAt != null;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Instant getConsentAt() {
        return consentAt;
    }

    public String getConsentVersion() {
        return consentVersion;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getPosition() {
        return position;
    }

    public String getTopics() {
        return topics;
    }

    public String getContact() {
        return contact;
    }

    public int getVersion() {
        return version;
    }
}
