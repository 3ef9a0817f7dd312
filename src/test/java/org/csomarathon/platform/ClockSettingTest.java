package org.csomarathon.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClockSettingTest {

    private static final Instant SYSTEM_NOW = Instant.parse("2026-12-07T14:00:00Z");
    private static final Clock SYSTEM = Clock.fixed(SYSTEM_NOW, ZoneOffset.UTC);

    @Test
    void unsetLeavesTheSystemClock() {
        ClockSetting setting = ClockSetting.parse(Optional.empty(), SYSTEM_NOW);
        assertFalse(setting.moved());
        assertEquals(SYSTEM_NOW, setting.clock(SYSTEM).instant());
    }

    @Test
    void anInstantMovesTheClockThereFromStartUp() {
        ClockSetting setting = ClockSetting.parse(Optional.of("2030-03-25T09:00:00Z"), SYSTEM_NOW);
        assertEquals(Instant.parse("2030-03-25T09:00:00Z"), setting.clock(SYSTEM).instant());
        Clock later = Clock.fixed(SYSTEM_NOW.plusSeconds(90), ZoneOffset.UTC);
        assertEquals(Instant.parse("2030-03-25T09:01:30Z"), setting.clock(later).instant(), "and it goes on ticking");
    }

    @Test
    void anOffsetMovesTheClockByThatMuch() {
        assertEquals(Instant.parse("2027-03-17T14:00:00Z"),
                ClockSetting.parse(Optional.of("+P100D"), SYSTEM_NOW).clock(SYSTEM).instant());
        assertEquals(Duration.ofHours(-6), ClockSetting.parse(Optional.of("-PT6H"), SYSTEM_NOW).offset());
    }

    @Test
    void anythingElseIsRefusedWithTheFormsItTakes() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ClockSetting.parse(Optional.of("next tuesday"), SYSTEM_NOW));
        assertEquals("marathon.clock must be an ISO instant (2030-03-25T09:00:00Z) or an offset (+P100D, -PT6H); "
                + "it is next tuesday", refused.getMessage());
    }
}
