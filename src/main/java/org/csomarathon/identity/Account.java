package org.csomarathon.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.csomarathon.platform.Language;
import org.csomarathon.platform.TextLimit;

/** A person who can sign in, with the roles they hold and how they read dates and texts. */
@Entity
@Table(name = "account")
public class Account {

    public static final int NAME_MAX = 200;
    public static final int POSITION_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "email", nullable = false, length = EmailAddress.MAX)
    private String email;

    @TextLimit(NAME_MAX)
    @Column(name = "full_name", nullable = false, length = NAME_MAX)
    private String fullName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "language", nullable = false)
    private Language language;

    @Column(name = "time_zone", nullable = false)
    private ZoneId timeZone;

    /** The organisation the person works at, by id: intake keeps organisations. */
    @Column(name = "organisation_id")
    private Long organisationId;

    @TextLimit(POSITION_MAX)
    @Column(name = "position", length = POSITION_MAX)
    private String position;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role")
    private Set<Role> roles = new HashSet<>();

    @Version
    private int version;

    protected Account() {
    }

    public Account(EmailAddress email, String fullName, String passwordHash, Language language, ZoneId timeZone,
                   Collection<Role> roles, Instant createdAt) {
        this.email = email.value();
        this.fullName = fullName;
        this.passwordHash = passwordHash;
        this.language = language;
        this.timeZone = timeZone;
        this.roles = new HashSet<>(roles);
        this.enabled = true;
        this.createdAt = createdAt;
    }

    public void worksAt(Long organisationId, String position) {
        this.organisationId = organisationId;
        this.position = position;
    }

    public void changePreferences(Language language, ZoneId timeZone) {
        this.language = language;
        this.timeZone = timeZone;
    }

    public void changeRoles(Collection<Role> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }

    /** Adds a role kept across years (an alumnus), leaving the others. */
    public void grant(Role role) {
        roles.add(role);
    }

    void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public void changeName(String fullName) {
        this.fullName = fullName;
    }

    public void enable(boolean enabled) {
        this.enabled = enabled;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getFullName() {
        return fullName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public Language getLanguage() {
        return language;
    }

    public ZoneId getTimeZone() {
        return timeZone;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getPosition() {
        return position;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public int getVersion() {
        return version;
    }
}
