package org.csomarathon.notifications;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NoticeArgumentsTest {

    @Test
    void momentsNumbersAndTextsComeBackAsTheyWentIn() {
        Object[] arguments = {"Анкета «команды»", 2L, Instant.parse("2027-03-10T20:59:00Z"), new BigDecimal("84.50"), ""};
        assertArrayEquals(arguments, NoticeArguments.read(NoticeArguments.write(arguments)));
    }

    @Test
    void aWholeNumberIsReadBackAsOneForTheMessagesChoiceFormat() {
        assertArrayEquals(new Object[] {1L}, NoticeArguments.read(NoticeArguments.write(new Object[] {1})));
    }

    @Test
    void theSeparatorInsideATextIsDroppedSoItCannotShiftTheArguments() {
        Object[] read = NoticeArguments.read(NoticeArguments.write(new Object[] {"a\u001fb", 3}));
        assertEquals("ab", read[0]);
        assertEquals(3L, read[1]);
    }

    @Test
    void noArgumentsAtAll() {
        assertEquals(0, NoticeArguments.read(NoticeArguments.write(new Object[0])).length);
    }
}
