package org.csomarathon.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextLimitTest {

    @TextLimit(3)
    private String limited;

    @Test
    void aCharacterIsWhatAPersonCountsAnEmojiIsOne() {
        assertEquals(3, TextLength.of("Мир"));
        assertEquals(3, TextLength.of("👍🏽!"), "an emoji and its skin tone are two code points, not four UTF-16 units");
        assertEquals(1, TextLength.of("𝔸"), "a letter outside the basic plane is one");
        assertEquals(0, TextLength.of(null));
        assertFalse(TextLength.exceeds("😀😀😀", 3), "three emoji fit a limit of three (UTF-16 would count six)");
        assertTrue(TextLength.exceeds("😀😀😀😀", 3));
    }

    @Test
    void aTextIsCutBetweenCharactersNeverThroughOne() {
        assertEquals("😀😀", TextLength.cut("😀😀😀", 2));
        assertEquals("Мир", TextLength.cut("Мир", 5));
    }

    @Test
    void theConstraintHoldsToTheSameCount() throws Exception {
        TextLimit.Check check = new TextLimit.Check();
        check.initialize(TextLimitTest.class.getDeclaredField("limited").getAnnotation(TextLimit.class));
        assertTrue(check.isValid("😀😀😀", null));
        assertTrue(check.isValid(null, null), "nothing typed is never too long");
        assertFalse(check.isValid("abcd", null));
    }
}
