package org.csomarathon.teams.web;

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
import org.csomarathon.cohort.web.CohortPicker;
import org.csomarathon.identity.AccountService;
import org.csomarathon.identity.Role;
import org.csomarathon.identity.web.Viewer;
import org.csomarathon.platform.Texts;
import org.csomarathon.platform.Times;
import org.csomarathon.teams.TeamService;
import org.csomarathon.teams.TeamService.TeamCard;

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
    private List<Cohort> all;
    private List<TeamCard> teamCards;
    private Map<Role, Long> roleCounts;

    /** A participant looks at the cohort they study in; everyone else at the current one. */
    @PostConstruct
    void init() {
        Optional<Cohort> own = viewer.isSignedIn() && viewer.has("PARTICIPANT")
                ? ownTeam.cohortId().flatMap(cohorts::findById)
                : Optional.empty();
        cohort = own.isPresent() ? own : Cohort.current(getAll(), clock.instant());
    }

    /**
     * View action of the coordinator's home: the cohort picked ({@code ?cohort=}, else the one chosen
     * before in the session, else the current one), with the picker above the page.
     */
    public void pick() {
        cohort = picker.pick(requestedCohort(), getAll());
    }

    /**
     * View action of the public call: the cohort named in the address ({@code ?cohort=}) if its call is
     * open, else the one whose call closes first, else the one shown already.
     */
    public void showCall() {
        Long requested = requestedCohort();
        List<Cohort> open = getOpenCalls();
        Optional<Cohort> named = open.stream().filter(c -> c.getId().equals(requested)).findFirst();
        Optional<Cohort> shown = named.isPresent() ? named : open.stream().findFirst();
        if (shown.isPresent()) {
            cohort = shown;
        }
    }

    /** Every cohort whose call is open now, the one closing first first. */
    public List<Cohort> getOpenCalls() {
        return Cohort.openCalls(getAll(), clock.instant());
    }

    private List<Cohort> getAll() {
        if (all == null) {
            all = cohorts.all();
        }
        return all;
    }

    /** The cohort named in the address; a malformed number never gets here ({@code MalformedAddressFilter}). */
    private static Long requestedCohort() {
        String requested = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("cohort");
        return requested == null || requested.isEmpty() ? null : Long.valueOf(requested);
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

    /** Days and hours until the application deadline ("12 days 5 h" in English). */
    public String getTimeToDeadline() {
        return timeToDeadlineOf(getCohort());
    }

    /** How long the cohort's call stays open, in days and hours. */
    public String timeToDeadlineOf(Cohort c) {
        Duration left = Times.left(clock.instant(), c.getApplicationDeadline());
        return Texts.format(viewer.getLanguage(), "time.left", left.toDays(), left.toHoursPart());
    }
}
