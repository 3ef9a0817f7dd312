package org.csomarathon.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * The application's clock decides: every rule that needs "now" takes this injectable clock, the
 * system's UTC clock unless {@code marathon.clock} moves it (the demo, tests on any date).
 */
@ApplicationScoped
public class ClockProducer {

    @Inject
    Settings settings;

    private ClockSetting setting;

    private ApplicationClock clock;

    @PostConstruct
    void start() {
        Clock system = Clock.systemUTC();
        setting = ClockSetting.parse(settings.clock(), system.instant());
        clock = new ApplicationClock(setting.clock(system));
    }

    /** Injected wherever a {@link Clock} is asked for. */
    @Produces
    ApplicationClock applicationClock() {
        return clock;
    }

    /** What moved the clock, for the administrator's System page. */
    public ClockSetting setting() {
        return setting;
    }
}
