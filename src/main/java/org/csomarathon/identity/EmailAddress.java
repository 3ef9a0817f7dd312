package org.csomarathon.identity;

import java.util.Locale;
import java.util.regex.Pattern;
import org.csomarathon.platform.BusinessException;

/** An e-mail address as accounts are keyed by it: trimmed, lower-case, plausibly shaped. */
public record EmailAddress(String value) {

    public static final int MAX = 254;
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public EmailAddress {
        if (value == null || value.length() > MAX || !SHAPE.matcher(value).matches()) {
            throw new BusinessException("identity.email.invalid");
        }
    }

    /** Normalises what a person typed: surrounding spaces and letter case do not matter. */
    public static EmailAddress of(String typed) {
        return new EmailAddress(typed == null ? null : typed.trim().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
