package org.csomarathon.review.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.csomarathon.cohort.Cohort;
import org.csomarathon.cohort.web.CohortPicker;
import org.csomarathon.identity.Account;
import org.csomarathon.identity.AccountService;
import org.csomarathon.identity.Role;
import org.csomarathon.identity.web.Viewer;
import org.csomarathon.platform.web.Downloads;
import org.csomarathon.platform.web.Feedback;
import org.csomarathon.review.Allocation;
import org.csomarathon.review.ReviewService;
import org.csomarathon.submissions.Assignment;
import org.csomarathon.submissions.AssignmentService;
import org.csomarathon.teams.TeamService;
import org.csomarathon.teams.TeamService.TeamCard;

/**
 * The coordinator allocates experts to a cohort's teams ({@code coordinator/allocation.xhtml?cohort=}):
 * for the whole marathon or one assignment; an expert from a team member's organisation is refused.
 */
@Named
@ViewScoped
public class AllocationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReviewService reviews;

    @Inject
    transient CohortPicker picker;

    @Inject
    transient TeamService teams;

    @Inject
    transient AssignmentService assignments;

    @Inject
    transient AccountService accounts;

    @Inject
    Viewer viewer;

    private Long cohortId;
    private String cohortName;
    private Long teamId;
    private Long assignmentId;
    private Long expertId;

    public void load() throws IOException {
        Optional<Cohort> cohort = picker.pick(cohortId);
        if (cohort.isEmpty()) {
            Downloads.notFound();
            return;
        }
        cohortId = cohort.get().getId();
        cohortName = cohort.get().getName();
    }

    public String allocate() {
        Allocation done = reviews.allocate(teamId, assignmentId, expertId, viewer.getAccountId());
        Feedback.info("review.allocation.saved", done.getExpert().getFullName(), done.getTeam().getName());
        return "/coordinator/allocation.xhtml?faces-redirect=true&cohort=" + cohortId;
    }

    public List<Allocation> getAllocations() {
        return reviews.allocationsOf(cohortId);
    }

    public List<TeamCard> getTeams() {
        return teams.teamsOf(cohortId);
    }

    public List<Assignment> getAssignments() {
        return assignments.assignmentsOfCohort(cohortId);
    }

    public List<Account> getExperts() {
        return accounts.withRole(Role.EXPERT);
    }

    public Long getCohortId() {
        return cohortId;
    }

    public void setCohortId(Long cohortId) {
        this.cohortId = cohortId;
    }

    public String getCohortName() {
        return cohortName;
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
