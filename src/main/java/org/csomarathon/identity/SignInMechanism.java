package org.csomarathon.identity;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.csomarathon.platform.StatementCounter;

/**
 * Sign-in through the Faces page {@code /signin.xhtml}; a person who opens a protected page
 * first is sent there and brought back afterwards. The URL folders per role are guarded in
 * web.xml.
 *
 * <p>Who is signed in is kept in our own session attribute and told to the container on every
 * request. Payara's own session reuse of a signed-in subject (what Soteria's form mechanisms rely
 * on) shares one security context between threads and answered about 4 % of concurrent requests
 * with 403 on Payara Micro 6.2025.10 (Payara FISH-7515, fixed after it); this way never touches it.
 */
@DeclareRoles({"APPLICANT", "PARTICIPANT", "EXPERT", "REVIEWER", "COORDINATOR", "ADMIN"})
@ApplicationScoped
public class SignInMechanism implements HttpAuthenticationMechanism {

    static final String CALLER = "marathon.caller";
    static final String CONTINUE = "marathon.continueTo";
    static final String SIGN_IN_PAGE = "/signin.xhtml";

    /** The signed-in person as the session keeps them: the account id and its roles as last read. */
    record Caller(String name, Set<String> groups) implements Serializable {
    }

    static final String RESOURCES = "/jakarta.faces.resource/";

    @Inject
    IdentityStoreHandler identities;

    @Inject
    AccountService accounts;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            return signIn(request, context, credential);
        }
        HttpSession session = request.getSession(false);
        Caller caller = session == null ? null : current(request, session, (Caller) session.getAttribute(CALLER));
        if (caller != null) {
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        if (context.isProtected()) {
            if ("GET".equals(request.getMethod())) {
                String query = request.getQueryString();
                request.getSession().setAttribute(CONTINUE, request.getRequestURI() + (query == null ? "" : "?" + query));
            }
            return context.redirect(request.getContextPath() + SIGN_IN_PAGE);
        }
        return context.doNothing();
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        CredentialValidationResult result = identities.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        HttpSession session = request.getSession();
        session.setAttribute(CALLER, new Caller(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
        String continueTo = (String) session.getAttribute(CONTINUE);
        session.removeAttribute(CONTINUE);
        context.notifyContainerAboutLogin(result);
        // Back to the page the person asked for before signing in.
        return continueTo == null ? AuthenticationStatus.SUCCESS : context.redirect(continueTo);
    }

    /**
     * The signed-in person as they are now: their roles read again on every page request (not on the
     * page's scripts and styles), so that a change applies at once; none when their account was blocked,
     * which ends the session.
     */
    private Caller current(HttpServletRequest request, HttpSession session, Caller kept) {
        if (kept == null || request.getRequestURI().startsWith(request.getContextPath() + RESOURCES)) {
            return kept;
        }
        Optional<Set<Role>> roles;
        StatementCounter.start();
        try {
            roles = accounts.currentRoles(Long.parseLong(kept.name()));
        } catch (PersistenceException databaseAway) {
            // The page itself meets the database's absence and says so; until then the roles stand.
            return kept;
        } finally {
            StatementCounter.countedBeforeFilters(request, StatementCounter.stop());
        }
        if (roles.isEmpty()) {
            session.invalidate();
            return null;
        }
        Set<String> groups = roles.get().stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
        if (groups.equals(kept.groups())) {
            return kept;
        }
        Caller changed = new Caller(kept.name(), groups);
        session.setAttribute(CALLER, changed);
        return changed;
    }

    /** The roles of the person signed in on this session, as of this request. */
    public static Set<Role> rolesOf(HttpSession session) {
        Caller caller = session == null ? null : (Caller) session.getAttribute(CALLER);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (caller != null) {
            caller.groups().forEach(g -> roles.add(Role.valueOf(g)));
        }
        return roles;
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(CALLER);
        }
    }
}
