package org.csomarathon.identity.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.csomarathon.identity.Account;
import org.csomarathon.identity.AccountService;
import org.csomarathon.identity.Role;
import org.csomarathon.identity.SignInMechanism;
import org.csomarathon.platform.Language;
import org.csomarathon.platform.Plural;
import org.csomarathon.platform.Times;

/**
 * The person looking at the page, signed in or not: their language, their time zone, their
 * roles (as the sign-in keeps them up to date). The only session-scoped state of the application.
 */
@Named
@SessionScoped
public class Viewer implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Moscow");
    static final String ZONE_COOKIE = "marathon-zone";

    @Inject
    transient AccountService accounts;

    @Inject
    transient Clock clock;

    @Inject
    transient HttpServletRequest request;

    private Long accountId;
    private String fullName;
    private Language language = Language.DEFAULT;
    private ZoneId zone = DEFAULT_ZONE;

    void signedInAs(Account account) {
        accountId = account.getId();
        fullName = account.getFullName();
        language = account.getLanguage();
        zone = account.getTimeZone();
    }

    void preferencesChanged(Language language, ZoneId zone) {
        this.language = language;
        this.zone = zone;
    }

    public boolean isSignedIn() {
        return accountId != null;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getFullName() {
        return fullName;
    }

    public boolean has(String role) {
        return getRoles().contains(Role.valueOf(role));
    }

    /** The person's roles as of this request: a change applies at their next request (see {@link SignInMechanism}). */
    public Set<Role> getRoles() {
        return SignInMechanism.rolesOf(request.getSession(false));
    }

    public Language getLanguage() {
        return language;
    }

    public Locale getLocale() {
        return language.locale();
    }

    /** The person's zone: their account's once signed in; a visitor's browser's (see {@link #browserZone()}), else Moscow. */
    public ZoneId getZone() {
        return isSignedIn() ? zone : browserZone().orElse(zone);
    }

    /**
     * The zone a visitor's browser reported ({@code zone.js} keeps it in the {@value #ZONE_COOKIE} cookie),
     * if it names a zone.
     */
    public Optional<ZoneId> browserZone() {
        FacesContext context = FacesContext.getCurrentInstance();
        Object cookie = context == null ? null : context.getExternalContext().getRequestCookieMap().get(ZONE_COOKIE);
        String id = cookie instanceof Cookie c ? URLDecoder.decode(c.getValue(), StandardCharsets.UTF_8) : null;
        return id != null && ZoneId.getAvailableZoneIds().contains(id) ? Optional.of(ZoneId.of(id)) : Optional.empty();
    }

    public String getZoneName() {
        return zoneName(getZone());
    }

    /** A zone as this person reads it, with the offset in force now: "Yekaterinburg, UTC+5". */
    public String zoneName(ZoneId other) {
        return Times.zoneName(other, clock.instant(), language);
    }

    public String time(Instant instant) {
        return instant == null ? "" : Times.dateTime(instant, getZone(), language);
    }

    /** A count with its noun in the form this person's language gives it ("5 points", in Russian with the noun in its form for five); see {@link Plural}. */
    public String count(String key, long count) {
        return Plural.of(language, key, count);
    }

    /** A moment to the second, for receipts. */
    public String timeToTheSecond(Instant instant) {
        return instant == null ? "" : Times.dateTimeSeconds(instant, getZone(), language);
    }

    public String date(LocalDate date) {
        return date == null ? "" : Times.date(date, language);
    }

    /** Where this person starts: their role's home, or the sign-in page. */
    public String getHome() {
        return Role.landingFor(getRoles()).map(r -> r.home() + "index.xhtml").orElse("/signin.xhtml");
    }

    /** The landing page's view action: send the person to their home. */
    public String land() {
        return getHome() + "?faces-redirect=true";
    }

    /** Switches the language of every page; remembered for the account when signed in. */
    public String switchLanguage(String code) {
        language = Language.ofCode(code).orElse(Language.DEFAULT);
        if (isSignedIn()) {
            accounts.changePreferences(accountId, language, zone);
        }
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    public String signOut() throws ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        return "/signin.xhtml?faces-redirect=true&signedOut=true";
    }
}
