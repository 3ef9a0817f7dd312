package org.csomarathon.notifications;

/**
 * The messages Marathon sends, each with its texts in the bundles ({@code mail.KIND.subject},
 * {@code mail.KIND.body}). Receipts, decisions and security mail always go out; the others a person
 * may switch off.
 */
public enum MessageKind {
    SUBMISSION_RECEIPT(false),
    FEEDBACK_RELEASED(true),
    NEEDS_REVISION(true);

    private final boolean optional;

    MessageKind(boolean optional) {
        this.optional = optional;
    }

    /** Whether a person may choose not to get it by e-mail. */
    public boolean isOptional() {
        return optional;
    }
}
