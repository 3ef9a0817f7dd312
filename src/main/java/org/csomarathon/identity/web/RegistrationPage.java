package org.csomarathon.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.util.List;
import org.csomarathon.identity.Account;
import org.csomarathon.identity.AccountService;
import org.csomarathon.identity.TimeZones;
import org.csomarathon.platform.TextLimit;
import org.csomarathon.platform.web.PageMessages;
import org.omnifaces.util.Faces;

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

    @TextLimit(Account.NAME_MAX)
    private String fullName;
    private String email;
    private String password;
    private String repeat;
    /** The zone proposed: the visitor's browser's when it is one of Russia's, else Moscow. */
    private String zone;
    private String token;
    private AccountService.RegistrationLink link;

    @PostConstruct
    void proposeTheBrowsersZone() {
        zone = viewer.browserZone().map(ZoneId::getId).filter(TimeZones.RUSSIA::contains).orElse(Viewer.DEFAULT_ZONE.getId());
    }

    public String register() {
        if (password == null || !password.equals(repeat)) {
            PageMessages.error("identity.newPassword.mismatch");
            return null;
        }
        accounts.register(email, fullName, password, viewer.getLanguage(), TimeZones.chosen(zone));
        PageMessages.info("identity.registration.sent", email.strip());
        return "/register.xhtml?faces-redirect=true";
    }

    /**
     * Whether the link can still confirm the address: the confirmation page shows the button only then.
     * Read from the address itself, so a second window pressing the button of a link used meanwhile
     * is told so, not shown a button that does nothing.
     */
    public AccountService.RegistrationLink getLink() {
        if (link == null) {
            String fromAddress = Faces.getRequestParameter("token");
            link = accounts.registrationLink(fromAddress != null && fromAddress.matches("[A-Za-z0-9_-]{1,100}")
                    ? fromAddress : null);
        }
        return link;
    }

    public String confirm() {
        accounts.confirmRegistration(token);
        PageMessages.info("identity.registration.confirmed");
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
