package org.csomarathon.stage2.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.csomarathon.identity.web.Viewer;
import org.csomarathon.platform.TextLimit;
import org.csomarathon.platform.web.PageMessages;
import org.csomarathon.stage2.Invitation;
import org.csomarathon.stage2.InvitationRound;
import org.csomarathon.stage2.InvitationState;
import org.csomarathon.stage2.Invitations;

/**
 * Stage-2 invitations on the coordinator's stage-2 page: open the round (seats, days to answer), see
 * the seats filled, waiting, declined and the waiting list, withdraw an invitation or invite someone
 * by hand, each with a reason.
 */
@Named
@ViewScoped
public class InvitationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Invitations invitations;

    @Inject
    Stage2Page page;

    @Inject
    Viewer viewer;

    /** The seats to invite to: the cohort's own until the coordinator types another number. */
    private Integer seats;
    private Integer replyDays = InvitationRound.DEFAULT_REPLY_DAYS;
    /** The reason typed beside each invitation, by its id. */
    private final HashMap<Long, String> reasons = new HashMap<>();
    private Long person;
    @TextLimit(Invitation.REASON_MAX)
    private String reason;
    private transient Optional<Invitations.Overview> overview;

    public Optional<Invitations.Overview> getOverview() {
        if (overview == null) {
            overview = page.getCohortId() == null ? Optional.empty() : invitations.overview(page.getCohortId());
        }
        return overview;
    }

    public String open() {
        invitations.open(page.getCohortId(), getSeats(), replyDays == null ? 0 : replyDays, viewer.getAccountId());
        PageMessages.info("stage2.round.opened", getSeats());
        return back();
    }

    public String withdraw(long invitationId) {
        invitations.withdraw(viewer.getAccountId(), invitationId, reasons.get(invitationId));
        PageMessages.info("stage2.invitation.withdrawn");
        return back();
    }

    public String inviteByHand() {
        invitations.inviteByHand(viewer.getAccountId(), page.getCohortId(), person == null ? 0 : person, reason);
        PageMessages.info("stage2.invitation.invitedByHand");
        return back();
    }

    private String back() {
        return "/coordinator/stage2.xhtml?faces-redirect=true&cohort=" + page.getCohortId();
    }

    public InvitationState[] getStates() {
        return InvitationState.values();
    }

    public Integer getSeats() {
        return seats != null ? seats : page.getStage2Seats();
    }

    public void setSeats(Integer seats) {
        this.seats = seats;
    }

    public Integer getReplyDays() {
        return replyDays;
    }

    public void setReplyDays(Integer replyDays) {
        this.replyDays = replyDays;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public Long getPerson() {
        return person;
    }

    public void setPerson(Long person) {
        this.person = person;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
