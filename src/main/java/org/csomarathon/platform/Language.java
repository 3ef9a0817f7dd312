package org.csomarathon.platform;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages a person can read Marathon in; Russian is the default. */
public enum Language {
    RU(Locale.forLanguageTag("ru-RU")),
    EN(Locale.forLanguageTag("en-GB"));

    public static final Language DEFAULT = RU;

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Language> ofCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code().equalsIgnoreCase(code)).findFirst();
    }

    public static Language of(Locale locale) {
        return ofCode(locale.getLanguage()).orElse(DEFAULT);
    }
}
