package org.csomarathon.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.util.List;
import org.csomarathon.identity.AccountService;
import org.csomarathon.platform.BusinessException;
import org.csomarathon.platform.Language;
import org.csomarathon.platform.Times;
import org.csomarathon.platform.web.Feedback;

/** A person's own settings: the language they read and the time zone they live in. */
@Named
@RequestScoped
public class PreferencesPage {

    /** The zones of Russia's regional centres, from west to east. */
    static final List<String> RUSSIAN_ZONES = List.of("Europe/Kaliningrad", "Europe/Moscow", "Europe/Simferopol",
            "Europe/Kirov", "Europe/Volgograd", "Europe/Samara", "Europe/Astrakhan", "Europe/Saratov",
            "Europe/Ulyanovsk", "Asia/Yekaterinburg", "Asia/Omsk", "Asia/Novosibirsk", "Asia/Barnaul", "Asia/Tomsk",
            "Asia/Novokuznetsk", "Asia/Krasnoyarsk", "Asia/Irkutsk", "Asia/Chita", "Asia/Yakutsk",
            "Asia/Vladivostok", "Asia/Magadan", "Asia/Sakhalin", "Asia/Kamchatka", "Asia/Anadyr");

    @Inject
    Viewer viewer;

    @Inject
    AccountService accounts;

    private String language;
    private String zone;

    @PostConstruct
    void init() {
        language = viewer.getLanguage().code();
        zone = viewer.getZone().getId();
    }

    public String save() {
        Language chosenLanguage = Language.ofCode(language).orElse(Language.DEFAULT);
        if (!RUSSIAN_ZONES.contains(zone)) {
            throw new BusinessException("preferences.zone.unknown", zone);
        }
        ZoneId chosenZone = ZoneId.of(zone);
        accounts.changePreferences(viewer.getAccountId(), chosenLanguage, chosenZone);
        viewer.preferencesChanged(chosenLanguage, chosenZone);
        Feedback.info("preferences.saved");
        return "/account/preferences.xhtml?faces-redirect=true";
    }

    public List<String> getZones() {
        return RUSSIAN_ZONES;
    }

    /** "Екатеринбург, UTC+5" in the viewer's language. */
    public String zoneLabel(String id) {
        return Times.zoneName(ZoneId.of(id), viewer.getLanguage());
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

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }
}
