package org.csomarathon.teams.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.csomarathon.identity.web.Viewer;
import org.csomarathon.teams.TeamService;

/**
 * Where the signed-in person studies now (their team in their newest cohort, and that cohort), looked up
 * once per request however many parts of a page ask: the participant's home shows the team, the week and
 * the cohort's dates.
 */
@RequestScoped
public class OwnTeam {

    @Inject
    TeamService teams;

    @Inject
    Viewer viewer;

    private Optional<TeamService.Current> current;

    public Optional<TeamService.Current> current() {
        if (current == null) {
            current = teams.findCurrent(viewer.getAccountId());
        }
        return current;
    }

    public Optional<Long> cohortId() {
        return current().map(TeamService.Current::cohortId);
    }
}
