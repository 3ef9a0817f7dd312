package org.csomarathon.it;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.csomarathon.platform.ClockSetting;

/**
 * The application's clock as the tests see it: the system's, moved by the same {@code marathon.clock}
 * the application under test runs with ({@code mvn verify -Dmarathon.clock=+P100D}), so that fixtures
 * are placed relative to the application's "now" on any date. The setting is read once, here, and
 * handed to the application as an offset ({@link #applicationSetting()}), so both clocks agree.
 */
final class TestClock {

    private static final ClockSetting SETTING =
            ClockSetting.parse(Optional.ofNullable(System.getProperty("marathon.clock")), Instant.now());

    private static final Clock CLOCK = SETTING.clock(Clock.systemUTC());

    private TestClock() {
    }

    static Clock clock() {
        return CLOCK;
    }

    static Instant now() {
        return CLOCK.instant();
    }

    /** Whether the tests run with the application's clock moved. */
    static boolean moved() {
        return SETTING.moved();
    }

    /**
     * The setting for the application under test: the tests' offset, so that every Payara Micro boot of
     * the run reads the same clock as the tests (an instant would start each boot's clock afresh).
     */
    static String applicationSetting() {
        return SETTING.moved() ? SETTING.offset().toString() : "";
    }
}
