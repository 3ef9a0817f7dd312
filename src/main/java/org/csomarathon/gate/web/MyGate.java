package org.csomarathon.gate.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.csomarathon.gate.GateCheck;
import org.csomarathon.gate.GateService;
import org.csomarathon.identity.web.Viewer;
import org.csomarathon.teams.web.OwnTeam;

/** The signed-in participant's checklist for completing stage 1 in their current cohort. */
@Named
@RequestScoped
public class MyGate {

    @Inject
    GateService gate;

    @Inject
    OwnTeam ownTeam;

    @Inject
    Viewer viewer;

    private Optional<GateCheck> check;

    public Optional<GateCheck> getCheck() {
        if (check == null) {
            check = ownTeam.cohortId().map(c -> gate.checkFor(viewer.getAccountId(), c));
        }
        return check;
    }
}
