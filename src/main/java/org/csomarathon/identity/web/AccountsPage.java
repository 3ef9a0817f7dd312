package org.csomarathon.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.csomarathon.identity.Account;
import org.csomarathon.identity.AccountService.AccountRow;
import org.csomarathon.identity.AccountService;
import org.csomarathon.identity.Role;
import org.csomarathon.identity.TimeZones;
import org.csomarathon.platform.Language;
import org.csomarathon.platform.TextLimit;
import org.csomarathon.platform.web.PageMessages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The administrator's list of accounts, paged in the database, and the form for a new account. */
@Named
@ViewScoped
public class AccountsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountService accounts;

    private String search = "";
    private final LazyDataModel<AccountRow> rows = new Rows();

    private String email;
    @TextLimit(Account.NAME_MAX)
    private String fullName;
    private String password;
    private Role[] roles = {};
    private String language = Language.DEFAULT.code();
    private String zone = Viewer.DEFAULT_ZONE.getId();

    public String create() {
        Account account = accounts.create(email, fullName, password, Language.ofCode(language).orElse(Language.DEFAULT),
                TimeZones.chosen(zone), roles == null ? List.of() : List.of(roles));
        PageMessages.info("admin.account.created", account.getEmail());
        return "/admin/account.xhtml?faces-redirect=true&id=" + account.getId();
    }

    private class Rows extends LazyDataModel<AccountRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return accounts.count(search);
        }

        @Override
        public List<AccountRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return accounts.page(search, first, pageSize);
        }
    }

    public LazyDataModel<AccountRow> getRows() {
        return rows;
    }

    public List<String> getZones() {
        return TimeZones.RUSSIA;
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Role[] getRoles() {
        return roles;
    }

    public void setRoles(Role[] roles) {
        this.roles = roles;
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
