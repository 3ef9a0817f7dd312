package org.csomarathon.submissions.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import org.csomarathon.identity.web.Viewer;
import org.csomarathon.platform.BusinessException;
import org.csomarathon.platform.TextLimit;
import org.csomarathon.platform.web.NotFound;
import org.csomarathon.platform.web.PageMessages;
import org.csomarathon.submissions.AssignmentService;
import org.csomarathon.submissions.Extension;
import org.csomarathon.submissions.SubmissionService;
import org.csomarathon.teams.Team;
import org.csomarathon.teams.TeamService;
import org.csomarathon.teams.web.OwnTeam;

/**
 * A team's page: its members, every assignment of its cohort with the team's own dates and
 * status, and its history. Participants see their current team (or, with {@code ?id=}, a team they
 * were in before); coordinators see any team ({@code coordinator/team.xhtml?id=}) and grant
 * extensions there, typed in the cohort's zone.
 */
@Named
@ViewScoped
public class TeamPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TeamService teams;

    @Inject
    transient SubmissionService submissions;

    @Inject
    transient AssignmentService assignments;

    @Inject
    Viewer viewer;

    @Inject
    transient OwnTeam ownTeam;

    @Inject
    transient Clock clock;

    private Long id;
    private boolean current;
    private ZoneId cohortZone;
    private Long cohortId;
    private Long extensionAssignmentId;
    private LocalDateTime extensionDue;
    private LocalDateTime extensionCutOff;
    @TextLimit(Extension.REASON_MAX)
    private String extensionReason;
    private transient TeamService.TeamCard card;
    private transient List<SubmissionService.Row> rows;

    /** View action of the participant's page: their current team, or a former team of theirs. */
    public void loadOwn() throws IOException {
        long me = viewer.getAccountId();
        if (id == null) {
            id = ownTeam.current().map(TeamService.Current::teamId).orElse(null);
            current = id != null;
        } else if (!teams.wasEverIn(me, id)) {
            NotFound.answer();
            return;
        } else {
            Team team = teams.getTeam(id);
            current = teams.findTeamInCohort(me, team.getCohort().getId()).map(t -> t.getId().equals(id)).orElse(false);
        }
    }

    /** View action of the coordinator's page. */
    public void loadAny() throws IOException {
        if (id == null) {
            NotFound.answer();
            return;
        }
        try {
            Team team = teams.getTeam(id);
            cohortZone = team.getCohort().getTimeZone();
            cohortId = team.getCohort().getId();
        } catch (BusinessException unknown) {
            NotFound.answer();
        }
    }

    public String grantExtension() {
        if (extensionAssignmentId == null) {
            throw new BusinessException("assignment.unknown");
        }
        assignments.grantExtension(extensionAssignmentId, id,
                extensionDue == null ? null : extensionDue.atZone(cohortZone).toInstant(),
                extensionCutOff == null ? null : extensionCutOff.atZone(cohortZone).toInstant(),
                extensionReason, viewer.getAccountId());
        PageMessages.info("extension.saved");
        return "/coordinator/team.xhtml?faces-redirect=true&id=" + id;
    }

    public boolean isPresent() {
        return id != null;
    }

    /** Whether this is the viewer's team now (they can work on its assignments), not a former one. */
    public boolean isCurrent() {
        return current;
    }

    public TeamService.TeamCard getCard() {
        if (card == null) {
            card = teams.card(id);
        }
        return card;
    }

    public List<SubmissionService.Row> getRows() {
        if (rows == null) {
            rows = submissions.rowsOf(id);
        }
        return rows;
    }

    /** What the team still has to hand in and can, soonest due first: the participant's home lists it. */
    public List<SubmissionService.Row> getToDo() {
        Instant now = clock.instant();
        return getRows().stream()
                .filter(r -> r.isToDo(now))
                .sorted(Comparator.comparing(r -> r.deadline().dueAt()))
                .toList();
    }

    public List<TeamService.MemberStay> getHistory() {
        return teams.historyOf(id);
    }

    /** The viewer's own stays in teams, newest first. */
    public List<TeamService.Stay> getMyStays() {
        return teams.staysOf(viewer.getAccountId());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public ZoneId getCohortZone() {
        return cohortZone;
    }

    public Long getExtensionAssignmentId() {
        return extensionAssignmentId;
    }

    public void setExtensionAssignmentId(Long extensionAssignmentId) {
        this.extensionAssignmentId = extensionAssignmentId;
    }

    public LocalDateTime getExtensionDue() {
        return extensionDue;
    }

    public void setExtensionDue(LocalDateTime extensionDue) {
        this.extensionDue = extensionDue;
    }

    public LocalDateTime getExtensionCutOff() {
        return extensionCutOff;
    }

    public void setExtensionCutOff(LocalDateTime extensionCutOff) {
        this.extensionCutOff = extensionCutOff;
    }

    public String getExtensionReason() {
        return extensionReason;
    }

    public void setExtensionReason(String extensionReason) {
        this.extensionReason = extensionReason;
    }
}
