package org.csomarathon.notifications;

/**
 * The messages Marathon sends, each with its texts in the bundles ({@code mail.KIND.subject},
 * {@code mail.KIND.body}). Receipts, decisions and security mail always go out; the others a person
 * may switch off.
 */
public enum MessageKind {
    EMAIL_CONFIRMATION(false, true),
    ACCOUNT_EXISTS(false, true),
    APPLICATION_RECEIVED(false, false),
    DECISION_PUBLISHED(false, false),
    SUBMISSION_RECEIPT(false, false),
    FEEDBACK_RELEASED(true, false),
    NEEDS_REVISION(true, false),
    GATE_PASSED(true, false),
    DEADLINE_48H(true, false),
    DEADLINE_3H(true, false),
    MEETING_TOMORROW(true, false),
    AT_RISK_WORK(false, false),
    AT_RISK_REVISIONS(false, false),
    AT_RISK_ATTENDANCE(false, false),
    STAGE2_INVITED(false, false),
    STAGE2_SEAT_FREED(false, false),
    ALUMNI_INVITED(false, false),
    PASSWORD_RESET(false, true);

    private final boolean optional;
    private final boolean sensitive;

    MessageKind(boolean optional, boolean sensitive) {
        this.optional = optional;
        this.sensitive = sensitive;
    }

    /**
     * Whether the message carries a secret (a password link): it is not shown under the bell,
     * and its text is blanked in the outbox once sent.
     */
    public boolean isSensitive() {
        return sensitive;
    }

    /** Whether a person may choose not to get it by e-mail. */
    public boolean isOptional() {
        return optional;
    }
}
