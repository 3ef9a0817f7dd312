package org.csomarathon.curriculum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.csomarathon.platform.BusinessException;
import org.junit.jupiter.api.Test;

class WeeklyModuleTest {

    private static final Instant OPENS = Instant.parse("2027-03-16T21:00:00Z"); // 17 March, 00:00 in Moscow

    @Test
    void moduleIsLockedUntilTheMomentItOpens() {
        WeeklyModule module = new WeeklyModule(null, 1, "Основы брендинга", OPENS);
        assertFalse(module.isOpenAt(OPENS.minusSeconds(1)));
        assertTrue(module.isOpenAt(OPENS));
        assertTrue(module.isOpenAt(OPENS.plusSeconds(86_400)));
    }

    @Test
    void titleIsRequiredAndLimited() {
        WeeklyModule module = new WeeklyModule(null, 1, "Основы брендинга", OPENS);
        assertEquals("curriculum.title.required",
                assertThrows(BusinessException.class, () -> module.change(" ", "", OPENS)).messageKey());
        assertEquals("curriculum.title.long", assertThrows(BusinessException.class,
                () -> module.change("x".repeat(WeeklyModule.TITLE_MAX + 1), "", OPENS)).messageKey());
        assertEquals("Основы брендинга", module.getTitle(), "a refused change changes nothing");
    }
}
