package org.csomarathon.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.util.List;
import org.csomarathon.identity.AccountService;
import org.csomarathon.identity.TimeZones;
import org.csomarathon.platform.Language;
import org.csomarathon.platform.web.PageMessages;

/** A person's own settings: the language they read and the time zone they live in. */
@Named
@RequestScoped
public class PreferencesPage {

    @Inject
    Viewer viewer;

    @Inject
    AccountService accounts;

    private String language;
    private String zone;
    private String currentPassword;
    private String newPassword;

    @PostConstruct
    void init() {
        language = viewer.getLanguage().code();
        zone = viewer.getZone().getId();
    }

    public String save() {
        Language chosenLanguage = Language.ofCode(language).orElse(Language.DEFAULT);
        ZoneId chosenZone = TimeZones.chosen(zone);
        accounts.changePreferences(viewer.getAccountId(), chosenLanguage, chosenZone);
        viewer.preferencesChanged(chosenLanguage, chosenZone);
        PageMessages.info("preferences.saved");
        return "/account/preferences.xhtml?faces-redirect=true";
    }

    public List<String> getZones() {
        return TimeZones.RUSSIA;
    }

    public String changePassword() {
        accounts.changePassword(viewer.getAccountId(), currentPassword, newPassword);
        PageMessages.info("preferences.password.changed");
        return "/account/preferences.xhtml?faces-redirect=true";
    }

    /** "Yekaterinburg, UTC+5" in the viewer's language, with the offset in force now. */
    public String zoneLabel(String id) {
        return viewer.zoneName(ZoneId.of(id));
    }

    public List<Language> getLanguages() {
        return List.of(Language.values());
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }
}
