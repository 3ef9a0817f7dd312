package org.csomarathon.intake.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.csomarathon.cohort.Cohort;
import org.csomarathon.cohort.CohortService;
import org.csomarathon.identity.web.Viewer;
import org.csomarathon.intake.Application;
import org.csomarathon.intake.ApplicationContent;
import org.csomarathon.intake.Ineligibility;
import org.csomarathon.intake.IntakeService;
import org.csomarathon.intake.Region;
import org.csomarathon.platform.FieldProblems;
import org.csomarathon.platform.web.NotFound;
import org.csomarathon.platform.web.PageMessages;

/**
 * The applicant's application to a cohort in four steps ({@code apply/application.xhtml?cohort=&step=}):
 * the person, the organisation, motivation and plans, consent and submission. Every move between
 * steps saves what was typed first, so nothing is lost by going back and forth.
 */
@Named
@ViewScoped
public class ApplicationPage implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int STEPS = 4;

    @Inject
    transient IntakeService intake;

    @Inject
    transient CohortService cohorts;

    @Inject
    transient Clock clock;

    @Inject
    Viewer viewer;

    private Long cohortId;
    private int step = 1;
    private String cohortName;
    private Instant deadline;
    private boolean open;
    private boolean submitted;
    private boolean editable;
    private Boolean eligible;
    /** The sentence for each field the last save refused, by field id. */
    private Map<String, String> problems = new HashMap<>();
    private List<Ineligibility> reasons = List.of();
    private int version = -1;

    private String phone;
    private String position;
    private boolean employed;
    private boolean communicationsDuty;
    private String organisationName;
    private String ogrn;
    private String inn;
    private String regionCode;
    private String website;
    private String socialLinks;
    private String annualReportUrl;
    private String motivation;
    private String plans;
    private String commitment;
    private String involvement;
    private boolean consent;

    public void load() throws IOException {
        Optional<Cohort> found = cohortId == null ? Optional.empty() : cohorts.findById(cohortId);
        Optional<Application> application = found.flatMap(c -> intake.applicationOf(viewer.getAccountId(), c.getId()));
        if (found.isEmpty() || application.isEmpty() && !found.get().applicationsOpenAt(clock.instant())) {
            NotFound.answer();
            return;
        }
        Cohort cohort = found.get();
        cohortName = cohort.getName();
        deadline = cohort.getApplicationDeadline();
        step = Math.max(1, Math.min(STEPS, step));
        open = cohort.applicationsOpenAt(clock.instant());
        editable = application.map(a -> a.isEditableAt(clock.instant())).orElse(open);
        application.ifPresent(this::show);
    }

    private void show(Application a) {
        ApplicationContent c = a.content();
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
        consent = a.getConsentAt() != null;
        submitted = a.isSubmitted();
        eligible = a.eligible().orElse(null);
        reasons = a.getIneligibility().stream().toList();
        version = a.getVersion();
    }

    private ApplicationContent content() {
        return new ApplicationContent(phone, position, employed, communicationsDuty, organisationName, ogrn, inn,
                regionCode, website, socialLinks, annualReportUrl, motivation, plans, commitment, involvement);
    }

    /** Saves and stays on this step. */
    public String save() {
        return goTo(step);
    }

    /** Saves and opens another step; with a wrong field, stays, everything typed kept, each wrong field marked. */
    public String goTo(int target) {
        try {
            intake.save(viewer.getAccountId(), cohortId, content(), version);
        } catch (FieldProblems e) {
            problems = PageMessages.fieldProblems(e);
            return null;
        }
        PageMessages.info(submitted ? "apply.saved.submitted" : "apply.saved");
        return stepUrl(target);
    }

    public String submit() {
        Application a;
        try {
            a = intake.submit(viewer.getAccountId(), cohortId, content(), consent, version);
        } catch (FieldProblems e) {
            problems = PageMessages.fieldProblems(e);
            return null;
        }
        PageMessages.info(a.eligible().orElse(false) ? "apply.submitted" : "apply.submitted.ineligible");
        return stepUrl(STEPS);
    }

    /** The sentence saying what is wrong with the field, shown next to it; empty when nothing is. */
    public String problem(String field) {
        return problems.getOrDefault(field, "");
    }

    /** Whether the field was refused, for its {@code aria-invalid}. */
    public boolean invalid(String field) {
        return problems.containsKey(field);
    }

    private String stepUrl(int target) {
        return "/apply/application.xhtml?faces-redirect=true&cohort=" + cohortId + "&step=" + target;
    }

    public boolean isEditable() {
        return editable;
    }

    public List<Region> getRegions() {
        return intake.regions();
    }

    public String regionName(Region region) {
        return region.getCode() + " — " + region.getName(viewer.getLanguage());
    }

    public List<Integer> getSteps() {
        return List.of(1, 2, 3, 4);
    }

    public Instant getDeadline() {
        return deadline;
    }

    public int getTextMax() {
        return ApplicationContent.TEXT_MAX;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public void setCohortId(Long cohortId) {
        this.cohortId = cohortId;
    }

    public int getStep() {
        return step;
    }

    public void setStep(int step) {
        this.step = step;
    }

    public String getCohortName() {
        return cohortName;
    }

    public boolean isOpen() {
        return open;
    }

    public boolean isSubmitted() {
        return submitted;
    }

    public Boolean getEligible() {
        return eligible;
    }

    public List<Ineligibility> getReasons() {
        return reasons;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public boolean isEmployed() {
        return employed;
    }

    public void setEmployed(boolean employed) {
        this.employed = employed;
    }

    public boolean isCommunicationsDuty() {
        return communicationsDuty;
    }

    public void setCommunicationsDuty(boolean communicationsDuty) {
        this.communicationsDuty = communicationsDuty;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public void setOrganisationName(String organisationName) {
        this.organisationName = organisationName;
    }

    public String getOgrn() {
        return ogrn;
    }

    public void setOgrn(String ogrn) {
        this.ogrn = ogrn;
    }

    public String getInn() {
        return inn;
    }

    public void setInn(String inn) {
        this.inn = inn;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getSocialLinks() {
        return socialLinks;
    }

    public void setSocialLinks(String socialLinks) {
        this.socialLinks = socialLinks;
    }

    public String getAnnualReportUrl() {
        return annualReportUrl;
    }

    public void setAnnualReportUrl(String annualReportUrl) {
        this.annualReportUrl = annualReportUrl;
    }

    public String getMotivation() {
        return motivation;
    }

    public void setMotivation(String motivation) {
        this.motivation = motivation;
    }

    public String getPlans() {
        return plans;
    }

    public void setPlans(String plans) {
        this.plans = plans;
    }

    public String getCommitment() {
        return commitment;
    }

    public void setCommitment(String commitment) {
        this.commitment = commitment;
    }

    public String getInvolvement() {
        return involvement;
    }

    public void setInvolvement(String involvement) {
        this.involvement = involvement;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
