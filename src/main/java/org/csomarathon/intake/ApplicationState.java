package org.csomarathon.intake;

/** Where an application stands: a draft only its author sees, or submitted to the selection. */
public enum ApplicationState {
    DRAFT,
    SUBMITTED
}
