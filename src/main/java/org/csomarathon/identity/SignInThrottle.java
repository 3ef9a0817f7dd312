package org.csomarathon.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing: after {@value #FREE_ATTEMPTS} failed sign-ins for one e-mail address,
 * each further attempt must wait, 15 seconds at first, doubling with every failure up to
 * 15 minutes. A success clears the count; an hour without attempts forgets it. Kept in
 * memory per instance: a restart or a second instance gives a guesser a few more tries,
 * which the hash's cost still keeps slow.
 */
@ApplicationScoped
public class SignInThrottle {

    static final int FREE_ATTEMPTS = 5;
    static final Duration FIRST_WAIT = Duration.ofSeconds(15);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofHours(1);

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private Clock clock;

    protected SignInThrottle() {
    }

    @Inject
    public SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the person must still wait before trying this address again, if at all. */
    public Optional<Duration> waitBeforeNextAttempt(String email) {
        Failures f = failures.get(email);
        Instant now = clock.instant();
        if (f == null || f.count() < FREE_ATTEMPTS) {
            return Optional.empty();
        }
        Duration left = Duration.between(now, f.last().plus(waitAfter(f.count())));
        return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
    }

    public void recordFailure(String email) {
        Instant now = clock.instant();
        failures.compute(email, (k, f) -> f == null || f.last().plus(FORGET_AFTER).isBefore(now)
                ? new Failures(1, now)
                : new Failures(f.count() + 1, now));
        failures.values().removeIf(f -> f.last().plus(FORGET_AFTER).isBefore(now));
    }

    public void recordSuccess(String email) {
        failures.remove(email);
    }

    static Duration waitAfter(int failureCount) {
        int doublings = Math.min(failureCount - FREE_ATTEMPTS, 10);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }
}
