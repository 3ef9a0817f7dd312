package org.csomarathon.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * The CPU time the server's processes have used so far: Marathon's JVM and, when the load run started it,
 * its embedded MariaDB (found by its data directory). Per request it is what a page costs the machine, and
 * which of the two spends it; compared only with the baseline's measured next to it, since a shared machine's
 * CPU time for the same work changes too (threefold within minutes, seen here).
 */
final class ServerCpu {

    /** CPU used between two readings, in milliseconds per request; MariaDB's is NaN when not known. */
    record PerRequest(double javaMillis, double databaseMillis) {

        /** Both processes' CPU; MariaDB's counts as none when not known (an external database). */
        double totalMillis() {
            return javaMillis + (Double.isNaN(databaseMillis) ? 0 : databaseMillis);
        }
    }

    /** A reading: each process's CPU time so far, when the system tells it. */
    record Reading(Optional<Duration> java, Optional<Duration> database) {

        PerRequest perRequestSince(Reading before, long requests) {
            return new PerRequest(millis(before.java, java, requests), millis(before.database, database, requests));
        }

        private static double millis(Optional<Duration> before, Optional<Duration> after, long requests) {
            return before.isPresent() && after.isPresent()
                    ? (after.get().toNanos() - before.get().toNanos()) / 1e6 / Math.max(1, requests) : Double.NaN;
        }
    }

    private final ProcessHandle java;
    private final Optional<ProcessHandle> database;

    private ServerCpu(ProcessHandle java, Optional<ProcessHandle> database) {
        this.java = java;
        this.database = database;
    }

    /** Marathon's process and the MariaDB server whose command line names {@code dataDir} (none with DB_URL). */
    static ServerCpu of(Process marathon, Path dataDir) {
        String dir = dataDir.toAbsolutePath().toString();
        Optional<ProcessHandle> mariadb = ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("mariadbd") || c.endsWith("mysqld")).orElse(false))
                .filter(p -> p.info().arguments().map(a -> Arrays.stream(a).anyMatch(arg -> arg.contains(dir))).orElse(false))
                .findFirst();
        return new ServerCpu(marathon.toHandle(), mariadb);
    }

    Reading read() {
        return new Reading(java.info().totalCpuDuration(), database.flatMap(p -> p.info().totalCpuDuration()));
    }
}
