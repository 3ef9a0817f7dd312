package org.csomarathon.cohort.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.csomarathon.cohort.Cohort;
import org.csomarathon.cohort.CohortService;
import org.csomarathon.cohort.CohortStaff;
import org.csomarathon.identity.Role;
import org.csomarathon.identity.web.Viewer;
import org.csomarathon.platform.web.PageMessages;

/**
 * A cohort's experts and reviewers ({@code coordinator/staff.xhtml?cohort=}): name one by e-mail, take
 * one off, or take another cohort's (last year's) in one step.
 */
@Named
@ViewScoped
public class StaffPage extends OneCohortPage {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CohortStaff staff;

    @Inject
    transient CohortService cohorts;

    @Inject
    Viewer viewer;

    private String email;
    private Role role = Role.EXPERT;
    private Long from;

    /** Proposes taking the staff of the year before: the newest cohort older than this one. */
    @Override
    protected void show(Cohort cohort) {
        from = getOthers().stream().filter(c -> c.getYear() < cohort.getYear()).map(Cohort::getId).findFirst().orElse(null);
    }

    public List<CohortStaff.Named> getNamed() {
        return staff.of(getCohortId());
    }

    /** The other cohorts to take experts and reviewers from, newest first. */
    public List<Cohort> getOthers() {
        return cohorts.all().stream().filter(c -> !c.getId().equals(getCohortId())).toList();
    }

    public String name() {
        CohortStaff.Named named = staff.name(getCohortId(), email, role, viewer.getAccountId());
        PageMessages.info("staff.named", named.fullName());
        return back();
    }

    public String remove(long accountId, Role of) {
        staff.remove(getCohortId(), accountId, of);
        PageMessages.info("staff.removed");
        return back();
    }

    public String copy() {
        int added = from == null ? 0 : staff.copy(from, getCohortId(), viewer.getAccountId());
        PageMessages.info("staff.copied", added);
        return back();
    }

    private String back() {
        return "/coordinator/staff.xhtml?faces-redirect=true&cohort=" + getCohortId();
    }

    public List<Role> getRoles() {
        return CohortStaff.PER_COHORT;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getFrom() {
        return from;
    }

    public void setFrom(Long from) {
        this.from = from;
    }
}
