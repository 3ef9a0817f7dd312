package org.csomarathon.stage2;

/** What a session of stage 2 is. */
public enum SessionKind {
    PARTNER_MEETING, WORKSHOP, DISCUSSION;

    public String getKey() {
        return "stage2.session.kind." + name();
    }
}
