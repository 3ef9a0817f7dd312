package org.csomarathon.stage2;

/** Where an invitation to stage 2 stands; the first two hold a seat. */
public enum InvitationState {
    INVITED, CONFIRMED, DECLINED, EXPIRED, WITHDRAWN;

    public boolean holdsSeat() {
        return this == INVITED || this == CONFIRMED;
    }

    public String getKey() {
        return "stage2.invitation.state." + name();
    }
}
