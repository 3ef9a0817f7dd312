package org.csomarathon.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.util.List;
import org.csomarathon.identity.AccountService;
import org.csomarathon.identity.TimeZones;
import org.csomarathon.platform.web.Feedback;

/**
 * Registering to apply: {@code register.xhtml} takes the name, address, password, language and
 * zone and always gives the same answer; {@code confirm.xhtml?token=} opens the mailed link and
 * makes the account.
 */
@Named
@RequestScoped
public class RegistrationPage {

    @Inject
    AccountService accounts;

    @Inject
    Viewer viewer;

    private String fullName;
    private String email;
    private String password;
    private String repeat;
    private String zone = Viewer.DEFAULT_ZONE.getId();
    private String token;

    public String register() {
        if (password == null || !password.equals(repeat)) {
            Feedback.error("identity.newPassword.mismatch");
            return null;
        }
        accounts.register(email, fullName, password, viewer.getLanguage(), TimeZones.chosen(zone));
        Feedback.info("identity.registration.sent", email.strip());
        return "/register.xhtml?faces-redirect=true";
    }

    public String confirm() {
        accounts.confirmRegistration(token);
        Feedback.info("identity.registration.confirmed");
        return "/signin.xhtml?faces-redirect=true";
    }

    public List<String> getZones() {
        return TimeZones.RUSSIA;
    }

    public String zoneLabel(String id) {
        return viewer.zoneName(ZoneId.of(id));
    }


    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
