package org.csomarathon.identity;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Sign-in through the Faces page {@code /signin.xhtml}; a person who opens a protected page
 * first is sent there and brought back afterwards. The URL folders per role are guarded in
 * web.xml.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/signin.xhtml", useForwardToLogin = false, errorPage = ""))
@DeclareRoles({"APPLICANT", "PARTICIPANT", "EXPERT", "REVIEWER", "COORDINATOR", "ADMIN"})
@ApplicationScoped
public class SecurityConfiguration {
}
