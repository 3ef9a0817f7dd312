package org.csomarathon.identity.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.csomarathon.identity.AccountService;
import org.csomarathon.identity.EmailAddress;
import org.csomarathon.identity.SignInThrottle;
import org.csomarathon.platform.web.PageMessages;

/** The sign-in form. */
@Named
@RequestScoped
public class SignInPage {

    @Inject
    SecurityContext securityContext;

    @Inject
    SignInThrottle throttle;

    @Inject
    AccountService accounts;

    @Inject
    Viewer viewer;

    private String email;
    private String password;
    private boolean signedOut;

    public String signIn() {
        String key = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        Optional<Duration> wait = throttle.waitBeforeNextAttempt(key);
        if (wait.isPresent()) {
            PageMessages.error("signin.throttled", Math.max(1, wait.get().toSeconds()));
            return null;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getSession(false) != null) {
            // A new session id at sign-in: an id planted before it is worth nothing after.
            request.changeSessionId();
        }
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                withParams().credential(new UsernamePasswordCredential(key, new Password(password))));
        if (status == AuthenticationStatus.SEND_FAILURE || status == AuthenticationStatus.NOT_DONE) {
            throttle.recordFailure(key);
            PageMessages.error("signin.failed");
            return null;
        }
        throttle.recordSuccess(key);
        viewer.signedInAs(accounts.findByEmail(EmailAddress.of(key)).orElseThrow());
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            // Back to the page the person asked for before signing in.
            faces.responseComplete();
            return null;
        }
        return viewer.land();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isSignedOut() {
        return signedOut;
    }

    public void setSignedOut(boolean signedOut) {
        this.signedOut = signedOut;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
