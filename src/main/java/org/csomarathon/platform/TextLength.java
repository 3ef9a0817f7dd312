package org.csomarathon.platform;

/** How long a text is as a person counts it: code points (an emoji is one character). See {@link TextLimit}. */
public final class TextLength {

    private TextLength() {
    }

    /** The number of characters; null is empty. */
    public static int of(CharSequence text) {
        return text == null ? 0 : Character.codePointCount(text, 0, text.length());
    }

    /** Whether the text is longer than {@code max} characters. */
    public static boolean exceeds(CharSequence text, int max) {
        return of(text) > max;
    }

    /** The text cut to at most {@code max} characters, never through a character. */
    public static String cut(String text, int max) {
        return exceeds(text, max) ? text.substring(0, text.offsetByCodePoints(0, max)) : text;
    }
}
