package org.csomarathon.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * With {@code marathon.count-statements=true} (the tests, the benchmark), counts the failures the server
 * logs: records at SEVERE with an exception, whoever logs them (the container for an unhandled exception of a
 * request, OmniFaces for one of an ajax request, the schedule). The tests read the count at
 * {@code /statements/failures} before and after each test, so that no unhandled exception passes unnoticed.
 */
@Singleton
@Startup
public class LoggedFailures {

    private static final AtomicLong COUNT = new AtomicLong();

    private final Handler counter = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.SEVERE.intValue() && record.getThrown() != null) {
                COUNT.incrementAndGet();
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @Inject
    Settings settings;

    @PostConstruct
    void listen() {
        if (settings.countStatements()) {
            Logger.getLogger("").addHandler(counter);
        }
    }

    @PreDestroy
    void stop() {
        Logger.getLogger("").removeHandler(counter);
    }

    /** The failures logged since the application started. */
    public static long count() {
        return COUNT.get();
    }
}
