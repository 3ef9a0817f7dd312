package org.csomarathon.platform;

import java.time.ZoneId;
import java.util.Arrays;

/**
 * A rule refused what a person asked. Carries a message key and its arguments; the web layer
 * turns it into a sentence in the person's language, never a stack trace.
 */
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] arguments;

    public BusinessException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /**
     * The sentence, with every moment among the arguments written in the reader's zone, the zone
     * named, and every {@link Phrases} argument in the reader's language.
     */
    public String message(Language language, ZoneId zone) {
        return Texts.format(language, zone, messageKey, arguments);
    }
}
