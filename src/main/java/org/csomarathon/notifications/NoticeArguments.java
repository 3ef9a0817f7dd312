package org.csomarathon.notifications;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A notice's message arguments kept as one text: each argument is its type's letter and its value
 * (t a moment, i a whole number, d a decimal, s a text), separated by the unit separator, a control
 * character that texts lose on the way in.
 */
final class NoticeArguments {

    private static final String SEPARATOR = "\u001f";

    private NoticeArguments() {
    }

    static String write(Object[] arguments) {
        return Arrays.stream(arguments).map(NoticeArguments::one).collect(Collectors.joining(SEPARATOR));
    }

    private static String one(Object argument) {
        if (argument instanceof Instant moment) {
            return "t" + moment;
        }
        if (argument instanceof Integer || argument instanceof Long) {
            return "i" + argument;
        }
        if (argument instanceof Number number) {
            return "d" + number;
        }
        return "s" + String.valueOf(argument).replace(SEPARATOR, "");
    }

    static Object[] read(String written) {
        if (written.isEmpty()) {
            return new Object[0];
        }
        return Arrays.stream(written.split(SEPARATOR, -1)).map(NoticeArguments::value).toArray();
    }

    private static Object value(String one) {
        String value = one.substring(1);
        return switch (one.charAt(0)) {
            case 't' -> Instant.parse(value);
            case 'i' -> Long.valueOf(value);
            case 'd' -> new BigDecimal(value);
            default -> value;
        };
    }
}
