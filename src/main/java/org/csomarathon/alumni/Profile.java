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
import org.csomarathon.platform.TextLength;
import org.csomarathon.platform.TextLimit;

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
    public static final int ORGANISATION_MAX = 300;
    public static final int POSITION_MAX = 200;
    public static final int TOPICS_MAX = 500;
    public static final int CONTACT_MAX = 300;

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "consent_at")
    private Instant consentAt;

    @Column(name = "consent_version", length = 20)
    private String consentVersion;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @TextLimit(ORGANISATION_MAX)
    @Column(name = "organisation", length = ORGANISATION_MAX)
    private String organisation;

    @Column(name = "region_code", length = 2)
    private String regionCode;

    @TextLimit(POSITION_MAX)
    @Column(name = "position", length = POSITION_MAX)
    private String position;

    @TextLimit(TOPICS_MAX)
    @Column(name = "topics", length = TOPICS_MAX)
    private String topics;

    @TextLimit(CONTACT_MAX)
    @Column(name = "contact", length = CONTACT_MAX)
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
        this.organisation = text(facts.organisation(), ORGANISATION_MAX, "alumni.organisation");
        this.regionCode = facts.regionCode() == null || facts.regionCode().isBlank() ? null : facts.regionCode();
        this.position = text(facts.position(), POSITION_MAX, "alumni.position");
        this.topics = text(facts.topics(), TOPICS_MAX, "alumni.topics");
        this.contact = text(facts.contact(), CONTACT_MAX, "alumni.contact");
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
        if (TextLength.exceeds(t, max)) {
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
