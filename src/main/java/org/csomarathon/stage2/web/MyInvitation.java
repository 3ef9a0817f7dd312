package org.csomarathon.stage2.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.csomarathon.cohort.CohortService;
import org.csomarathon.identity.web.Viewer;
import org.csomarathon.platform.TextLimit;
import org.csomarathon.platform.web.PageMessages;
import org.csomarathon.stage2.Invitation;
import org.csomarathon.stage2.InvitationState;
import org.csomarathon.stage2.Invitations;
import org.csomarathon.stage2.Programme;
import org.csomarathon.stage2.Session;

/**
 * A participant's invitation to stage 2 on their home: the cohort, the reply-by time, and confirm
 * or decline (with an optional reason) in one click; once confirmed, that it is.
 */
@Named
@RequestScoped
public class MyInvitation {

    @Inject
    Invitations invitations;

    @Inject
    CohortService cohorts;

    @Inject
    Programme programme;

    @Inject
    Viewer viewer;

    private Optional<Invitation> invitation;
    @TextLimit(Invitation.REASON_MAX)
    private String reason;

    public Optional<Invitation> getInvitation() {
        if (invitation == null) {
            invitation = viewer.isSignedIn() ? invitations.currentOf(viewer.getAccountId()) : Optional.empty();
        }
        return invitation;
    }

    public boolean isWaiting() {
        return getInvitation().map(i -> i.getState() == InvitationState.INVITED).orElse(false);
    }

    public boolean isConfirmed() {
        return getInvitation().map(i -> i.getState() == InvitationState.CONFIRMED).orElse(false);
    }

    /** The programme of the confirmed person's stage 2, in order. */
    public List<Session> getSessions() {
        return isConfirmed() ? programme.sessionsOf(getInvitation().get().getCohortId()) : List.of();
    }

    public String getCohortName() {
        return getInvitation().flatMap(i -> cohorts.findById(i.getCohortId())).map(c -> c.getName()).orElse("");
    }

    public String confirm() {
        return answer(true, "stage2.invitation.confirmedNow");
    }

    public String decline() {
        return answer(false, "stage2.invitation.declinedNow");
    }

    private String answer(boolean confirmed, String done) {
        long id = getInvitation().map(Invitation::getId).orElse(0L);
        invitations.answer(viewer.getAccountId(), id, confirmed, reason);
        PageMessages.info(done);
        return "/participant/index.xhtml?faces-redirect=true";
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
