package org.csomarathon.alumni.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import org.csomarathon.alumni.Alumni;
import org.csomarathon.alumni.Profile;
import org.csomarathon.identity.web.Viewer;
import org.csomarathon.intake.IntakeService;
import org.csomarathon.intake.Region;
import org.csomarathon.platform.TextLimit;
import org.csomarathon.platform.web.NotFound;
import org.csomarathon.platform.web.PageMessages;

/** An alumnus's own profile ({@code alumni/profile.xhtml}): what the directory shows, and the consent to show it. */
@Named
@ViewScoped
public class ProfilePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Alumni alumni;

    @Inject
    transient IntakeService intake;

    @Inject
    Viewer viewer;

    private List<Integer> years;
    private boolean consent;
    private boolean shown;
    @TextLimit(Profile.ORGANISATION_MAX)
    private String organisation;
    private String region;
    @TextLimit(Profile.POSITION_MAX)
    private String position;
    @TextLimit(Profile.TOPICS_MAX)
    private String topics;
    @TextLimit(Profile.CONTACT_MAX)
    private String contact;

    /** View action: only an alumnus has a profile. */
    public void load() throws IOException {
        years = alumni.yearsOf(viewer.getAccountId());
        if (years.isEmpty()) {
            NotFound.answer();
            return;
        }
        alumni.profileOf(viewer.getAccountId()).ifPresent(p -> {
            consent = p.isShown();
            shown = p.isShown();
            organisation = p.getOrganisation();
            region = p.getRegionCode();
            position = p.getPosition();
            topics = p.getTopics();
            contact = p.getContact();
        });
    }

    public String save() {
        Profile saved = alumni.save(viewer.getAccountId(), new Profile.Facts(organisation, region, position, topics, contact), consent);
        PageMessages.info(saved.isShown() ? "alumni.saved.shown" : "alumni.saved.hidden");
        return "/alumni/profile.xhtml?faces-redirect=true";
    }

    public String withdraw() {
        alumni.withdraw(viewer.getAccountId());
        PageMessages.info("alumni.withdrawn");
        return "/alumni/profile.xhtml?faces-redirect=true";
    }

    public List<Region> getRegions() {
        return intake.regions();
    }

    public String regionName(Region r) {
        return r.getName(viewer.getLanguage());
    }

    /** The years the person graduated in, as a reader reads them: "2023, 2025". */
    public String getYears() {
        return years.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    public boolean isShown() {
        return shown;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public String getTopics() {
        return topics;
    }

    public void setTopics(String topics) {
        this.topics = topics;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }
}
