package org.csomarathon.teams.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
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
    Viewer viewer;

    private Optional<TeamCard> team;

    @PostConstruct
    void init() {
        team = teams.findCurrentTeam(viewer.getAccountId());
    }

    public boolean isPresent() {
        return team.isPresent();
    }

    public TeamCard getTeam() {
        return team.orElseThrow();
    }
}
