package org.csomarathon.platform;

/**
 * A count with its noun in the right form: Russian has three (for 1 and 21, for 2 to 4 and 22, for 5 to 20
 * and 11 to 14), English two ("1 point, 2 points"). A counted noun has three keys in each bundle, {@code <key>.one}, {@code .few}
 * and {@code .many} (English writes the same text for few and many).
 */
public final class Plural {

    private Plural() {
    }

    /** The count with its noun, as the bundle words it for the language. */
    public static String of(Language language, String key, long count) {
        return Texts.format(language, key + "." + form(language, count), count);
    }

    /** Which form the language gives the noun after this count: one, few or many. */
    static String form(Language language, long count) {
        long n = Math.abs(count);
        if (language != Language.RU) {
            return n == 1 ? "one" : "many";
        }
        if (n % 10 == 1 && n % 100 != 11) {
            return "one";
        }
        if (n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14)) {
            return "few";
        }
        return "many";
    }
}
