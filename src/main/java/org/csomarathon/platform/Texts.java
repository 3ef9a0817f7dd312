package org.csomarathon.platform;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The message bundles, for text composed in Java (views read them as {@code #{msg[...]}}). */
public final class Texts {

    public static final String BUNDLE = "org.csomarathon.messages";

    private Texts() {
    }

    public static ResourceBundle bundle(Language language) {
        return ResourceBundle.getBundle(BUNDLE, language.locale(), Texts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * The text for {@code key} for a reader: every moment among the arguments written in the reader's
     * zone with the zone named, and every {@link Phrases} argument in the reader's language.
     */
    public static String format(Language language, ZoneId zone, String key, Object... arguments) {
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof Instant instant) {
                shown[i] = Times.dateTime(instant, zone, language);
            } else if (shown[i] instanceof Phrases phrases) {
                shown[i] = phrases.in(language);
            }
        }
        return format(language, key, shown);
    }

    /** The text for {@code key} with its {0}-style arguments filled in; the key itself if the bundle lacks it. */
    public static String format(Language language, String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle(language).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(arguments);
    }
}
