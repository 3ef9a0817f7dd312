package org.csomarathon.intake;

/** The selection's answer to a submitted application. */
public enum Decision {
    ADMITTED,
    WAITLISTED,
    REJECTED
}
