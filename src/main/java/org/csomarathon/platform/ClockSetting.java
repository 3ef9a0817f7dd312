package org.csomarathon.platform;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How far the application's clock is moved from the system's by the setting {@code marathon.clock}:
 * an ISO instant ({@code 2030-03-25T09:00:00Z}: the clock reads that instant at start-up and goes on
 * ticking from there) or an offset ({@code +P100D}, {@code -PT6H}). Unset: the system's clock.
 */
public record ClockSetting(String setting, Duration offset) {

    public static final ClockSetting SYSTEM = new ClockSetting("", Duration.ZERO);

    /** The setting read against the system clock's reading now; a setting that is neither form is refused. */
    public static ClockSetting parse(Optional<String> setting, Instant systemNow) {
        String value = setting.map(String::strip).orElse("");
        if (value.isEmpty()) {
            return SYSTEM;
        }
        try {
            if (value.startsWith("+") || value.startsWith("-") || value.startsWith("P")) {
                return new ClockSetting(value, Duration.parse(value));
            }
            return new ClockSetting(value, Duration.between(systemNow, Instant.parse(value)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("marathon.clock must be an ISO instant (2030-03-25T09:00:00Z) "
                    + "or an offset (+P100D, -PT6H); it is " + value, e);
        }
    }

    public boolean moved() {
        return !offset.isZero();
    }

    /** The system's clock, moved by the offset. */
    public Clock clock(Clock system) {
        return moved() ? Clock.offset(system, offset) : system;
    }
}
