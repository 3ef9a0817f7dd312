package org.csomarathon.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.csomarathon.identity.AccountService;
import org.csomarathon.identity.PasswordHashing;
import org.csomarathon.platform.web.PageMessages;

/**
 * Forgotten passwords: {@code password-reset.xhtml} asks for the address and always gives the same
 * answer; {@code password-new.xhtml?token=} sets the new password from the e-mailed link.
 */
@Named
@RequestScoped
public class PasswordResetPage {

    @Inject
    AccountService accounts;

    private String email;
    private String token;
    private String password;
    private String repeat;

    public String request() {
        accounts.requestPasswordReset(email == null ? "" : email.strip());
        PageMessages.info("identity.reset.sent", email == null ? "" : email.strip());
        return "/password-reset.xhtml?faces-redirect=true";
    }

    public String setNew() {
        if (password == null || !password.equals(repeat)) {
            PageMessages.error("identity.newPassword.mismatch");
            return null;
        }
        accounts.resetPassword(token, password);
        PageMessages.info("identity.newPassword.done");
        return "/signin.xhtml?faces-redirect=true";
    }

    public int getMinLength() {
        return PasswordHashing.MIN_LENGTH;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
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
}
