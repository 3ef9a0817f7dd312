package org.csomarathon.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * The clock every rule reads "now" from: the system's, moved by {@code marathon.clock}. The demo lays
 * out its past by replaying it: {@link #replay} runs work as if it happened at an earlier instant, on
 * the calling thread only, so that every service applies its own rules with the time of that step.
 */
public final class ApplicationClock extends Clock {

    private final Clock moved;
    private final ThreadLocal<Instant> replaying;

    public ApplicationClock(Clock moved) {
        this(moved, new ThreadLocal<>());
    }

    private ApplicationClock(Clock moved, ThreadLocal<Instant> replaying) {
        this.moved = moved;
        this.replaying = replaying;
    }

    @Override
    public Instant instant() {
        Instant replayed = replaying.get();
        return replayed != null ? replayed : moved.instant();
    }

    /** Runs the work with this thread's clock at {@code at}; other threads keep the real time. */
    public <T> T replay(Instant at, Supplier<T> work) {
        Instant outer = replaying.get();
        replaying.set(at);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                replaying.remove();
            } else {
                replaying.set(outer);
            }
        }
    }

    /** The same with no result. */
    public void replay(Instant at, Runnable work) {
        replay(at, () -> {
            work.run();
            return null;
        });
    }

    @Override
    public ZoneId getZone() {
        return moved.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(getZone()) ? this : new ApplicationClock(moved.withZone(zone), replaying);
    }
}
