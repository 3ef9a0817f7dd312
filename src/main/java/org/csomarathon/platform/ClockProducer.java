package org.csomarathon.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The server's clock decides: every rule that needs "now" takes this injectable clock. */
@ApplicationScoped
public class ClockProducer {

    @Produces
    Clock serverClock() {
        return Clock.systemUTC();
    }
}
