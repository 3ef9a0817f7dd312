package org.csomarathon.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Fires a {@link Tick} every {@code marathon.schedule.seconds} (30 by default) on the container's
 * managed executor, once the migrations have run. A failing observer is logged and tried again at
 * the next tick; it never stops the schedule.
 */
@Startup
@Singleton
@DependsOn("Migrations")
public class Schedule {

    private static final Logger LOG = Logger.getLogger(Schedule.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService executor;

    @Inject
    Event<Tick> ticks;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    private ScheduledFuture<?> running;

    @PostConstruct
    void start() {
        int seconds = settings.scheduleSeconds();
        running = executor.scheduleWithFixedDelay(this::tick, seconds, seconds, TimeUnit.SECONDS);
    }

    private void tick() {
        try {
            ticks.fire(new Tick(clock.instant()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Scheduled work failed; it is tried again at the next tick", e);
        }
    }

    @PreDestroy
    void stop() {
        running.cancel(false);
    }
}
