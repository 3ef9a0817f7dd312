package org.csomarathon.intake;

/** A reason an application cannot take part, each with its sentence {@code intake.ineligible.REASON}. */
public enum Ineligibility {
    NOT_EMPLOYED,
    NO_COMMUNICATIONS_DUTY,
    OGRN_INVALID,
    INN_INVALID,
    REGION_EXCLUDED,
    NUMBERS_OF_DIFFERENT_ORGANISATIONS;

    public String messageKey() {
        return "intake.ineligible." + name();
    }
}
