package org.csomarathon.cohort.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.csomarathon.cohort.Cohort;
import org.csomarathon.cohort.CohortService;
import org.csomarathon.identity.AccountService;
import org.csomarathon.identity.Role;
import org.csomarathon.identity.web.Viewer;
import org.csomarathon.platform.Texts;
import org.csomarathon.platform.Times;
import org.csomarathon.teams.TeamService;
import org.csomarathon.teams.TeamService.TeamCard;
import org.csomarathon.teams.web.OwnTeam;

/** The cohort as the home pages show it: its dates, its people and its teams. */
@Named
@RequestScoped
public class CohortOverview {

    @Inject
    CohortService cohorts;

    @Inject
    TeamService teams;

    @Inject
    OwnTeam ownTeam;

    @Inject
    AccountService accounts;

    @Inject
    Viewer viewer;

    @Inject
    CohortPicker picker;

    @Inject
    Clock clock;

    private Optional<Cohort> cohort;
    private List<TeamCard> teamCards;
    private Map<Role, Long> roleCounts;

    /**
     * A participant looks at the cohort they study in; a coordinator at the one picked ({@code ?cohort=},
     * else the one chosen before in the session, else the current one); everyone else at the current one.
     */
    @PostConstruct
    void init() {
        Optional<Cohort> own = viewer.isSignedIn() && viewer.has("PARTICIPANT")
                ? ownTeam.cohortId().flatMap(cohorts::findById)
                : Optional.empty();
        if (own.isPresent()) {
            cohort = own;
        } else if (viewer.isSignedIn() && viewer.has("COORDINATOR")) {
            String requested = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("cohort");
            cohort = picker.pick(requested != null && requested.matches("\\d{1,18}") ? Long.valueOf(requested) : null);
        } else {
            cohort = cohorts.findCurrent();
        }
    }

    public boolean isPresent() {
        return cohort.isPresent();
    }

    public Cohort getCohort() {
        return cohort.orElseThrow();
    }

    public List<TeamCard> getTeams() {
        if (teamCards == null) {
            teamCards = cohort.map(c -> teams.teamsOf(c.getId())).orElse(List.of());
        }
        return teamCards;
    }

    public int getParticipantsInTeams() {
        return getTeams().stream().mapToInt(t -> t.members().size()).sum();
    }

    public long getRegionsInTeams() {
        return getTeams().stream().flatMap(t -> t.members().stream())
                .map(TeamService.Member::region).filter(Objects::nonNull).distinct().count();
    }

    public long count(String role) {
        if (roleCounts == null) {
            roleCounts = accounts.countByRole();
        }
        return roleCounts.getOrDefault(Role.valueOf(role), 0L);
    }

    public boolean isApplicationsOpen() {
        return getCohort().applicationsOpenAt(clock.instant());
    }

    /** "12 дн. 5 ч." until the application deadline. */
    public String getTimeToDeadline() {
        Duration left = Times.left(clock.instant(), getCohort().getApplicationDeadline());
        return Texts.format(viewer.getLanguage(), "time.left", left.toDays(), left.toHoursPart());
    }
}
