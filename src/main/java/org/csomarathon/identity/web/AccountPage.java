package org.csomarathon.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.csomarathon.identity.Account;
import org.csomarathon.identity.AccountService;
import org.csomarathon.identity.Role;
import org.csomarathon.platform.TextLimit;
import org.csomarathon.platform.web.PageMessages;

/** The administrator's page for one account: name, roles, whether it may sign in. */
@Named
@ViewScoped
public class AccountPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountService accounts;

    @Inject
    Viewer viewer;

    private Long id;
    private String email;
    @TextLimit(Account.NAME_MAX)
    private String fullName;
    private Role[] roles = {};
    private boolean enabled;
    private int version;

    /** View action: loads the account named in the URL, or says there is none. */
    public String load() {
        if (id == null) {
            return "/admin/index.xhtml?faces-redirect=true";
        }
        Account account = accounts.getById(id);
        email = account.getEmail();
        fullName = account.getFullName();
        roles = account.getRoles().toArray(Role[]::new);
        enabled = account.isEnabled();
        version = account.getVersion();
        return null;
    }

    public String save() {
        accounts.changeAccess(viewer.getAccountId(), id, fullName, roles == null ? List.of() : List.of(roles), enabled, version);
        PageMessages.info("admin.account.saved", email);
        return "/admin/account.xhtml?faces-redirect=true&id=" + id;
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getEmail() {
        return email;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public Role[] getRoles() {
        return roles;
    }

    public void setRoles(Role[] roles) {
        this.roles = roles;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
