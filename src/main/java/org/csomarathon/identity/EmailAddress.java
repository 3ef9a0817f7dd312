package org.csomarathon.identity;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Locale;
import org.csomarathon.platform.BusinessException;

/**
 * An e-mail address as accounts are keyed by it: trimmed, lower-case, checked by Jakarta Mail's parser
 * (RFC 822, strict), a bare address — no display name, no group — with a dotted domain.
 */
public record EmailAddress(String value) {

    public static final int MAX = 254;

    public EmailAddress {
        if (value == null || value.length() > MAX || !isBareAddress(value)) {
            throw new BusinessException("identity.email.invalid");
        }
    }

    /** Normalises what a person typed: surrounding spaces and letter case do not matter. */
    public static EmailAddress of(String typed) {
        return new EmailAddress(typed == null ? null : typed.trim().toLowerCase(Locale.ROOT));
    }

    private static boolean isBareAddress(String value) {
        try {
            InternetAddress parsed = new InternetAddress(value, true);
            int at = value.lastIndexOf('@');
            return value.equals(parsed.getAddress()) && parsed.getPersonal() == null && !parsed.isGroup()
                    && at > 0 && value.indexOf('.', at) > at + 1 && !value.endsWith(".");
        } catch (AddressException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
