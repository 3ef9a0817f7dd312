package org.csomarathon.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2027-03-10T09:00:00Z"));
    private final SignInThrottle throttle = new SignInThrottle(clock);

    @Test
    void fiveFailedAttemptsAreFree() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("anna@example.org");
        }
        assertEquals(Optional.empty(), throttle.waitBeforeNextAttempt("anna@example.org"));
    }

    @Test
    void fromTheFifthFailureEachAttemptWaitsLongerUpToFifteenMinutes() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("anna@example.org");
        }
        assertEquals(Optional.of(Duration.ofSeconds(15)), throttle.waitBeforeNextAttempt("anna@example.org"));
        throttle.recordFailure("anna@example.org");
        assertEquals(Optional.of(Duration.ofSeconds(30)), throttle.waitBeforeNextAttempt("anna@example.org"));
        assertEquals(Duration.ofMinutes(15), SignInThrottle.waitAfter(50));
    }

    @Test
    void waitingOutTheDelayAllowsTheNextAttempt() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("anna@example.org");
        }
        clock.advance(Duration.ofSeconds(16));
        assertTrue(throttle.waitBeforeNextAttempt("anna@example.org").isEmpty());
    }

    @Test
    void successClearsTheCountAndOtherAddressesAreUnaffected() {
        for (int i = 0; i < 6; i++) {
            throttle.recordFailure("anna@example.org");
        }
        assertTrue(throttle.waitBeforeNextAttempt("boris@example.org").isEmpty());
        throttle.recordSuccess("anna@example.org");
        assertTrue(throttle.waitBeforeNextAttempt("anna@example.org").isEmpty());
    }

    @Test
    void failuresAreForgottenAfterAnHourWithoutAttempts() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("anna@example.org");
        }
        clock.advance(Duration.ofMinutes(61));
        throttle.recordFailure("anna@example.org");
        assertTrue(throttle.waitBeforeNextAttempt("anna@example.org").isEmpty(), "counting starts again");
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
