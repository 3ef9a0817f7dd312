package org.csomarathon.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TimesTest {

    private static final Instant DEADLINE = Instant.parse("2027-03-10T20:59:00Z"); // 23:59 in Moscow

    @Test
    void deadlineIsShownInThePersonsZoneWithTheZoneNamed() {
        assertEquals("10 марта 2027 г., 23:59 (Москва, UTC+3)",
                Times.dateTime(DEADLINE, ZoneId.of("Europe/Moscow"), Language.RU));
        assertEquals("11 марта 2027 г., 08:59 (Петропавловск-Камчатский, UTC+12)",
                Times.dateTime(DEADLINE, ZoneId.of("Asia/Kamchatka"), Language.RU));
        assertTrue(Times.dateTime(DEADLINE, ZoneId.of("Europe/Kaliningrad"), Language.EN)
                .endsWith("22:59 (Kaliningrad, UTC+2)"));
    }

    @Test
    void aReceiptsMomentIsShownToTheSecond() {
        assertEquals("10 марта 2027 г., 23:59:07 (Москва, UTC+3)",
                Times.dateTimeSeconds(DEADLINE.plusSeconds(7), ZoneId.of("Europe/Moscow"), Language.RU));
    }

    @Test
    void zoneWithoutATranslationIsNamedByItsCity() {
        assertEquals("Tokyo, UTC+9", Times.zoneName(ZoneId.of("Asia/Tokyo"), DEADLINE, Language.RU));
        assertEquals("Kolkata, UTC+5:30", Times.zoneName(ZoneId.of("Asia/Kolkata"), DEADLINE, Language.EN));
        assertEquals("UTC", Times.zoneName(ZoneId.of("UTC"), DEADLINE, Language.RU), "a browser set to UTC: named once");
        assertEquals("UTC", Times.zoneName(ZoneId.of("Etc/UTC"), DEADLINE, Language.EN));
    }

    @Test
    void timeLeftIsNeverNegative() {
        assertEquals(Duration.ZERO, Times.left(DEADLINE.plusSeconds(1), DEADLINE));
        assertEquals(Duration.ofHours(25), Times.left(DEADLINE.minus(Duration.ofHours(25)), DEADLINE));
    }
}
