package org.csomarathon.intake;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.csomarathon.cohort.Cohort;
import org.csomarathon.identity.Account;
import org.csomarathon.platform.BusinessException;
import org.csomarathon.platform.Phrases;
import org.csomarathon.platform.TextLimit;

/**
 * A person's application to a cohort: a draft they edit until the deadline, then submitted with
 * their consent, checked for eligibility, and at last decided. Edits stay possible until the
 * deadline, a submitted application being checked again with each.
 */
@Entity
@Table(name = "application")
public class Application {

    /** The version of the consent text ({@code intake.consent.text}) a person agrees to now. */
    public static final String CONSENT_VERSION = "2027-1";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id")
    private Cohort cohort;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "applicant_id")
    private Account applicant;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private ApplicationState state;

    @TextLimit(ApplicationContent.PHONE_MAX)
    @Column(name = "phone")
    private String phone;

    @TextLimit(ApplicationContent.POSITION_MAX)
    @Column(name = "position")
    private String position;

    @Column(name = "employed", nullable = false)
    private boolean employed;

    @Column(name = "communications_duty", nullable = false)
    private boolean communicationsDuty;

    @TextLimit(Organisation.NAME_MAX)
    @Column(name = "organisation_name")
    private String organisationName;

    @Column(name = "ogrn")
    private String ogrn;

    @Column(name = "inn")
    private String inn;

    @Column(name = "region_code")
    private String regionCode;

    @TextLimit(ApplicationContent.LINK_MAX)
    @Column(name = "website")
    private String website;

    @TextLimit(ApplicationContent.SOCIAL_MAX)
    @Column(name = "social_links")
    private String socialLinks;

    @TextLimit(ApplicationContent.LINK_MAX)
    @Column(name = "annual_report_url")
    private String annualReportUrl;

    @TextLimit(ApplicationContent.TEXT_MAX)
    @Column(name = "motivation")
    private String motivation;

    @TextLimit(ApplicationContent.TEXT_MAX)
    @Column(name = "plans")
    private String plans;

    @TextLimit(ApplicationContent.TEXT_MAX)
    @Column(name = "commitment")
    private String commitment;

    @TextLimit(ApplicationContent.TEXT_MAX)
    @Column(name = "involvement")
    private String involvement;

    @Column(name = "consent_at")
    private Instant consentAt;

    @Column(name = "consent_version")
    private String consentVersion;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(name = "eligible")
    private Boolean eligible;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "application_ineligibility", joinColumns = @JoinColumn(name = "application_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "reason")
    private Set<Ineligibility> ineligibility = new HashSet<>();

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision")
    private Decision decision;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decided_by")
    private Account decidedBy;

    @Column(name = "decision_published_at")
    private Instant decisionPublishedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected Application() {
    }

    public Application(Cohort cohort, Account applicant, Instant now) {
        this.cohort = cohort;
        this.applicant = applicant;
        this.state = ApplicationState.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Keeps the draft as typed; refused once the call has closed. */
    public void change(ApplicationContent content, Instant now) {
        requireOpen(now);
        if (state == ApplicationState.SUBMITTED) {
            throw new IllegalStateException("a submitted application changes only by submitting again");
        }
        take(content, now);
    }

    /**
     * Submits (or submits again, changed) with the person's consent: every missing field is named
     * and nothing is kept; otherwise the application is in the selection, eligible or not, with
     * every reason it is not. {@code organisation} is the record its numbers lead to, if valid.
     */
    public void submit(ApplicationContent content, boolean consent, Optional<Organisation> organisation,
                       List<Ineligibility> reasons, Instant now) {
        requireOpen(now);
        List<String> missing = content.missingForSubmission();
        if (!consent) {
            missing = new ArrayList<>(missing);
            missing.add("intake.field.consent");
        }
        if (!missing.isEmpty()) {
            throw new BusinessException("intake.application.incomplete", new Phrases(missing));
        }
        take(content, now);
        this.organisation = organisation.orElse(null);
        this.ineligibility.clear();
        this.ineligibility.addAll(reasons);
        this.eligible = reasons.isEmpty();
        if (state == ApplicationState.DRAFT) {
            this.submittedAt = now;
        }
        this.state = ApplicationState.SUBMITTED;
        this.consentAt = now;
        this.consentVersion = CONSENT_VERSION;
    }

    /** The coordinator's decision, not yet shown to the applicant unless the results are out. */
    public void decide(Decision decision, Account coordinator, Instant now) {
        if (state != ApplicationState.SUBMITTED) {
            throw new BusinessException("selection.decision.notSubmitted");
        }
        if (decision == Decision.ADMITTED && !Boolean.TRUE.equals(eligible)) {
            throw new BusinessException("selection.decision.ineligible");
        }
        if (decisionPublishedAt != null && this.decision == Decision.ADMITTED && decision != Decision.ADMITTED) {
            throw new BusinessException("selection.decision.alreadyParticipant");
        }
        this.decision = decision;
        this.decidedBy = coordinator;
        this.decidedAt = now;
    }

    /** Shows the decision to the applicant; an ineligible application undecided is rejected. */
    public void publishDecision(Instant now) {
        if (decision == null && !Boolean.TRUE.equals(eligible)) {
            decision = Decision.REJECTED;
            decidedAt = now;
        }
        if (decision == null) {
            throw new IllegalStateException("an eligible application needs a decision before it is published");
        }
        decisionPublishedAt = now;
    }

    /** Whether the applicant may still change it: the call is open and no decision has been published. */
    public boolean isEditableAt(Instant now) {
        return cohort.applicationsOpenAt(now) && decisionPublishedAt == null;
    }

    private void requireOpen(Instant now) {
        if (!cohort.applicationsOpenAt(now)) {
            throw new BusinessException("intake.deadline.passed", cohort.getApplicationDeadline());
        }
    }

    private void take(ApplicationContent c, Instant now) {
        phone = c.phone();
        position = c.position();
        employed = c.employed();
        communicationsDuty = c.communicationsDuty();
        organisationName = c.organisationName();
        ogrn = c.ogrn();
        inn = c.inn();
        regionCode = c.regionCode();
        website = c.website();
        socialLinks = c.socialLinks();
        annualReportUrl = c.annualReportUrl();
        motivation = c.motivation();
        plans = c.plans();
        commitment = c.commitment();
        involvement = c.involvement();
        updatedAt = now;
    }

    public ApplicationContent content() {
        return new ApplicationContent(phone, position, employed, communicationsDuty, organisationName, ogrn, inn,
                regionCode, website, socialLinks, annualReportUrl, motivation, plans, commitment, involvement);
    }

    public Long getId() {
        return id;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public Account getApplicant() {
        return applicant;
    }

    public ApplicationState getState() {
        return state;
    }

    public boolean isSubmitted() {
        return state == ApplicationState.SUBMITTED;
    }

    public Optional<Boolean> eligible() {
        return Optional.ofNullable(eligible);
    }

    public Set<Ineligibility> getIneligibility() {
        return ineligibility.isEmpty() ? EnumSet.noneOf(Ineligibility.class) : EnumSet.copyOf(ineligibility);
    }

    public Optional<Organisation> organisation() {
        return Optional.ofNullable(organisation);
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getConsentAt() {
        return consentAt;
    }

    public String getConsentVersion() {
        return consentVersion;
    }

    public Optional<Decision> decision() {
        return Optional.ofNullable(decision);
    }

    /** The decision as the applicant may see it: only once published. */
    public Optional<Decision> publishedDecision() {
        return decisionPublishedAt == null ? Optional.empty() : Optional.ofNullable(decision);
    }

    public int getVersion() {
        return version;
    }
}
