package org.csomarathon.review.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.csomarathon.cohort.CohortStaff;
import org.csomarathon.cohort.web.OneCohortPage;
import org.csomarathon.identity.Account;
import org.csomarathon.identity.AccountService;
import org.csomarathon.identity.Role;
import org.csomarathon.identity.web.Viewer;
import org.csomarathon.intake.IntakeService;
import org.csomarathon.platform.web.PageMessages;
import org.csomarathon.review.Allocation;
import org.csomarathon.review.Allocations;
import org.csomarathon.submissions.Assignment;
import org.csomarathon.submissions.AssignmentService;
import org.csomarathon.teams.TeamService.TeamCard;
import org.csomarathon.teams.TeamService;

/**
 * The coordinator allocates experts to a cohort's teams ({@code coordinator/allocation.xhtml?cohort=}):
 * for the whole marathon or one assignment; an expert from a team member's organisation is refused.
 */
@Named
@ViewScoped
public class AllocationPage extends OneCohortPage {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CohortStaff staff;

    @Inject
    transient Allocations allocations;

    @Inject
    transient TeamService teams;

    @Inject
    transient AssignmentService assignments;

    @Inject
    transient AccountService accounts;

    @Inject
    transient IntakeService intake;

    private transient List<ExpertChoice> experts;

    @Inject
    Viewer viewer;

    private Long teamId;
    private Long assignmentId;
    private Long expertId;

    public String allocate() {
        Allocation done = allocations.allocate(teamId, assignmentId, expertId, viewer.getAccountId());
        PageMessages.info("review.allocation.saved", done.getExpert().getFullName(), done.getTeam().getName());
        return "/coordinator/allocation.xhtml?faces-redirect=true&cohort=" + getCohortId();
    }

    public List<Allocation> getAllocations() {
        return allocations.allocationsOf(getCohortId());
    }

    public List<TeamCard> getTeams() {
        return teams.teamsOf(getCohortId());
    }

    public List<Assignment> getAssignments() {
        return assignments.assignmentsOfCohort(getCohortId());
    }

    /** An expert to choose, by name and organisation (a conflict of interest is seen at a glance). */
    public record ExpertChoice(long id, String label) {
    }

    /** The cohort's named experts: only they may be allocated. */
    public List<ExpertChoice> getExperts() {
        if (experts == null) {
            List<Long> named = staff.idsOf(getCohortId(), Role.EXPERT);
            List<Account> chosen = accounts.withRole(Role.EXPERT).stream().filter(a -> named.contains(a.getId())).toList();
            Map<Long, String> organisations = intake.organisationNames(chosen.stream().map(Account::getOrganisationId)
                    .filter(Objects::nonNull).toList());
            experts = chosen.stream().map(a -> new ExpertChoice(a.getId(), a.getOrganisationId() == null ? a.getFullName()
                    : a.getFullName() + " · " + organisations.get(a.getOrganisationId()))).toList();
        }
        return experts;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public Long getAssignmentId() {
        return assignmentId;
    }

    public void setAssignmentId(Long assignmentId) {
        this.assignmentId = assignmentId;
    }

    public Long getExpertId() {
        return expertId;
    }

    public void setExpertId(Long expertId) {
        this.expertId = expertId;
    }
}
