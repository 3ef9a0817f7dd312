package org.csomarathon.teams.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.csomarathon.cohort.CohortService;
import org.csomarathon.identity.web.Viewer;
import org.csomarathon.teams.TeamService;
import org.csomarathon.teams.TeamService.TeamCard;

/** The signed-in participant's team in the current cohort. */
@Named
@RequestScoped
public class MyTeam {

    @Inject
    TeamService teams;

    @Inject
    CohortService cohorts;

    @Inject
    Viewer viewer;

    private Optional<TeamCard> team;

    @PostConstruct
    void init() {
        team = cohorts.findCurrent().flatMap(c -> teams.findCurrentTeam(viewer.getAccountId(), c.getId()));
    }

    public boolean isPresent() {
        return team.isPresent();
    }

    public TeamCard getTeam() {
        return team.orElseThrow();
    }
}
