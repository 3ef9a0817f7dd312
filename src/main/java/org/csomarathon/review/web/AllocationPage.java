package org.csomarathon.review.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.csomarathon.cohort.CohortStaff;
import org.csomarathon.cohort.web.OneCohortPage;
import org.csomarathon.identity.Account;
import org.csomarathon.identity.AccountService;
import org.csomarathon.identity.Role;
import org.csomarathon.identity.web.Viewer;
import org.csomarathon.platform.web.PageMessages;
import org.csomarathon.review.Allocation;
import org.csomarathon.review.ReviewService;
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
    transient ReviewService reviews;

    @Inject
    transient TeamService teams;

    @Inject
    transient AssignmentService assignments;

    @Inject
    transient AccountService accounts;

    @Inject
    Viewer viewer;

    private Long teamId;
    private Long assignmentId;
    private Long expertId;

    public String allocate() {
        Allocation done = reviews.allocate(teamId, assignmentId, expertId, viewer.getAccountId());
        PageMessages.info("review.allocation.saved", done.getExpert().getFullName(), done.getTeam().getName());
        return "/coordinator/allocation.xhtml?faces-redirect=true&cohort=" + getCohortId();
    }

    public List<Allocation> getAllocations() {
        return reviews.allocationsOf(getCohortId());
    }

    public List<TeamCard> getTeams() {
        return teams.teamsOf(getCohortId());
    }

    public List<Assignment> getAssignments() {
        return assignments.assignmentsOfCohort(getCohortId());
    }

    /** The cohort's named experts: only they may be allocated. */
    public List<Account> getExperts() {
        List<Long> named = staff.idsOf(getCohortId(), Role.EXPERT);
        return accounts.withRole(Role.EXPERT).stream().filter(a -> named.contains(a.getId())).toList();
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
