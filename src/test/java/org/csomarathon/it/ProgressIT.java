package org.csomarathon.it;

import static org.csomarathon.it.TeamWork.accountId;
import static org.csomarathon.it.TeamWork.hoursFromNow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.csomarathon.demo.DemoCohort;
import org.csomarathon.platform.Language;
import org.csomarathon.platform.Times;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * The coordinator's monitoring: the progress matrix (statuses, filters, paging, export, fixed cost), the
 * experts' workload, the at-risk lists and their reminders, the funder's report and the decision log.
 */
@MarathonIT
class ProgressIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.marathon();
    }

    @ArquillianResource
    URL base;

    @Test
    void theMatrixShowsEveryTeamsStatusFiltersAndPagesAndCostsTheSameForFiveHundredTeamsAsForFive() throws Exception {
        assertEquals("/marathon/", base.getPath(), "Marathon was not deployed; read the Payara Micro log above");
        WebSession coordinator = signedIn("coordinator@example.org");
        long cohort = TestCohorts.newCohort(coordinator);
        long week1 = TestDatabase.count("SELECT id FROM weekly_module WHERE cohort_id = ? AND number = 1", cohort);
        var form = TeamWork.assignmentForm("Матрица " + cohort, hoursFromNow(-1), hoursFromNow(24), hoursFromNow(48), 20);
        assertEquals(302, coordinator.submitMany("coordinator/assignment.xhtml?module=" + week1, "assignment", form, "save")
                .status());
        long assignment = TestDatabase.count("SELECT id FROM assignment WHERE title = ?", "Матрица " + cohort);

        String member = TestRun.email("matrix.member.progress");
        TestCohorts.newParticipant(member, "Мира Матрицева", "ru", "Europe/Kaliningrad");
        TestDatabase.execute("UPDATE account SET organisation_id = (SELECT id FROM organisation WHERE name = "
                + "'Балтийский центр гражданских инициатив') WHERE email = ?", member);
        long alpha = TestCohorts.addTeam(coordinator, cohort, "Альфа", List.of(member));
        assertEquals(302, coordinator.submit("coordinator/allocation.xhtml?cohort=" + cohort, "allocate", Map.of(
                "team_input", String.valueOf(alpha), "assignment_input", "",
                "expert_input", String.valueOf(accountId("expert1@example.org"))), "allocate").status());
        TeamWork.submit(signedIn(member), assignment, "Первая версия");
        long version = TestDatabase.count("SELECT v.id FROM submission_version v JOIN submission s ON s.id = v.submission_id "
                + "WHERE s.assignment_id = ?", assignment);
        TestDatabase.execute("INSERT INTO team (cohort_id, name, created_at) SELECT ?, CONCAT('Бета ', seq), NOW(6) "
                + "FROM seq_1_to_4", cohort);

        String page = "coordinator/progress.xhtml?cohort=" + cohort;
        String five = coordinator.get(page).body();
        assertTrue(five.contains("Команды 1–5 из 5."), five);
        assertTrue(five.contains("submissions/version.xhtml?id=" + version), "the submitted cell opens the version");
        assertTrue(five.contains("cell status--SUBMITTED") && five.contains("<span class=\"visually-hidden\">сдано</span>"), five);
        assertEquals(4 + 1, five.split("<td class=\"cell status--NOT_STARTED\"", -1).length,
                "four teams have not started; the legend has no cells");
        long forFive = TestDatabase.statementsFor(coordinator, page);
        System.out.printf("SQL statements: progress matrix %d%n", forFive);

        TestDatabase.execute("INSERT INTO team (cohort_id, name, created_at) SELECT ?, CONCAT('Гамма ', LPAD(seq, 3, '0')), "
                + "NOW(6) FROM seq_1_to_495", cohort);
        String many = coordinator.get(page).body();
        assertTrue(many.contains("Команды 1–50 из 500."), many);
        assertTrue(many.contains("first=50"), "a link to the next page");
        assertEquals(forFive, TestDatabase.statementsFor(coordinator, page), "500 teams cost what 5 cost");
        assertTrue(coordinator.get(page + "&first=450").body().contains("Команды 451–500 из 500."));

        String byRegion = coordinator.get(page + "&region=39").body();
        assertTrue(byRegion.contains("Команды 1–1 из 1.") && byRegion.contains("Альфа"), byRegion);
        String byExpert = coordinator.get(page + "&expert=" + accountId("expert1@example.org")).body();
        assertTrue(byExpert.contains("Команды 1–1 из 1.") && byExpert.contains("Альфа"), byExpert);
        assertTrue(coordinator.get(page + "&expert=" + accountId("expert2@example.org")).body().contains("Команд, подходящих под отбор, нет."));

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                coordinator.bytes("coordinator/report?table=progress&cohort=" + cohort + "&format=xlsx")))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals(501, sheet.getPhysicalNumberOfRows(), "a header and every team, not a page");
            Row header = sheet.getRow(0);
            int column = -1;
            for (int c = 0; c < header.getLastCellNum(); c++) {
                if (header.getCell(c).getStringCellValue().equals("Матрица " + cohort)) {
                    column = c;
                }
            }
            assertTrue(column > 0, "the assignment is a column");
            assertEquals("Альфа", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals("сдано", sheet.getRow(1).getCell(column).getStringCellValue());
            assertEquals("не начато", sheet.getRow(2).getCell(column).getStringCellValue());
        }
        assertEquals(404, coordinator.get("coordinator/report?table=progress&cohort=" + cohort + "&format=pdf").status());
        assertFalse(signedIn(member).get(page).status() == 200, "participants never see the matrix");
    }

    @Test
    void expertWorkloadCountsWhatIsAllocatedWaitingAndReleasedWithTheMedianTurnaround() throws Exception {
        assertEquals("/marathon/", base.getPath(), "Marathon was not deployed; read the Payara Micro log above");
        WebSession coordinator = signedIn("coordinator@example.org");
        long cohort = TestCohorts.newCohort(coordinator);
        long week1 = TestDatabase.count("SELECT id FROM weekly_module WHERE cohort_id = ? AND number = 1", cohort);
        var form = TeamWork.assignmentForm("Нагрузка " + cohort, hoursFromNow(-1), hoursFromNow(24), hoursFromNow(48), 20);
        form.put("rubric_input", List.of(TestDatabase.text("SELECT MIN(id) FROM rubric WHERE title = 'Практическое задание'")));
        assertEquals(302, coordinator.submitMany("coordinator/assignment.xhtml?module=" + week1, "assignment", form, "save")
                .status());
        long assignment = TestDatabase.count("SELECT id FROM assignment WHERE title = ?", "Нагрузка " + cohort);
        String one = TestRun.email("load.one.progress");
        String two = TestRun.email("load.two.progress");
        TestCohorts.newParticipant(one, "Лада Первая", "ru", "Europe/Moscow");
        TestCohorts.newParticipant(two, "Лев Второй", "ru", "Europe/Moscow");
        long first = TestCohorts.addTeam(coordinator, cohort, "Первая", List.of(one));
        long second = TestCohorts.addTeam(coordinator, cohort, "Вторая", List.of(two));
        Map<Long, String> experts = Map.of(first, "expert1@example.org", second, "expert2@example.org");
        experts.forEach((team, expert) -> assertEquals(302, coordinator.submit("coordinator/allocation.xhtml?cohort=" + cohort,
                "allocate", Map.of("team_input", String.valueOf(team), "assignment_input", "",
                        "expert_input", String.valueOf(accountId(expert))), "allocate").status()));
        TeamWork.submit(signedIn(one), assignment, "Работа первой команды");
        TeamWork.submit(signedIn(two), assignment, "Работа второй команды");
        ExpertWork.accept(signedIn("expert1@example.org"), ExpertWork.reviewOfTeam(assignment, first),
                Map.of(0, "4", 1, "3", 2, "2"));

        String page = coordinator.get("coordinator/workload.xhtml?cohort=" + cohort).body().replaceAll("\\s+", " ");
        String expert1 = TestDatabase.text("SELECT full_name FROM account WHERE email = 'expert1@example.org'");
        String expert2 = TestDatabase.text("SELECT full_name FROM account WHERE email = 'expert2@example.org'");
        assertTrue(page.contains(expert1 + "</th> <td data-label=\"Закреплено\">1</td> <td data-label=\"Ждут проверки\">0</td> "
                + "<td data-label=\"Проверено\">1</td> <td data-label=\"Медиана, ч\">0.0</td>"), page);
        assertTrue(page.contains(expert2 + "</th> <td data-label=\"Закреплено\">1</td> <td data-label=\"Ждут проверки\">1</td> "
                + "<td data-label=\"Проверено\">0</td> <td data-label=\"Медиана, ч\">—</td>"), page);
        assertTrue(page.contains("Встреч впереди нет."), "the test cohort's meetings are all in its own past year");
        TestDatabase.execute("INSERT INTO expert_meeting (module_id, starts_at, duration_minutes, expert_id, link, version) "
                + "VALUES (?, UTC_TIMESTAMP(0) + INTERVAL 30 HOUR, 60, ?, 'https://meet.example.org/load', 1)", week1,
                accountId("expert1@example.org"));
        Instant next = LocalDateTime.parse(TestDatabase.text("SELECT DATE_FORMAT(MAX(starts_at), '%Y-%m-%dT%H:%i:%s') "
                + "FROM expert_meeting WHERE module_id = ?", week1)).toInstant(ZoneOffset.UTC);
        assertEquals("Ближайшая встреча с экспертом: " + Times.dateTime(next, ZoneId.of("Europe/Moscow"), Language.RU) + ".",
                Jsoup.parse(coordinator.get("coordinator/workload.xhtml?cohort=" + cohort).body()).selectFirst("main p.row__actions")
                        .ownText(), "a meeting ahead is named with its time (an aggregate of a converted time once failed here)");

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                coordinator.bytes("coordinator/report?table=workload&cohort=" + cohort + "&format=xlsx")))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals(3, sheet.getPhysicalNumberOfRows(), "a header and the two experts");
        }
    }

    @Test
    void atRiskTeamsAreRemindedOnceADayAndTheFunderReportAndTheDecisionLogAddUp() throws Exception {
        assertEquals("/marathon/", base.getPath(), "Marathon was not deployed; read the Payara Micro log above");
        WebSession coordinator = signedIn("coordinator@example.org");
        long cohort = TestCohorts.newCohort(coordinator);
        TestDatabase.execute("UPDATE cohort SET required_attendance_percent = 50 WHERE id = ?", cohort);
        long week1 = TestDatabase.count("SELECT id FROM weekly_module WHERE cohort_id = ? AND number = 1", cohort);
        long first = TeamWork.assignment(coordinator, week1, "Риск А " + cohort, hoursFromNow(-2), hoursFromNow(24),
                hoursFromNow(48), 20);
        long second = TeamWork.assignment(coordinator, week1, "Риск Б " + cohort, hoursFromNow(-2), hoursFromNow(24),
                hoursFromNow(48), 20);
        String one = TestRun.email("risk.one.progress");
        String two = TestRun.email("risk.two.progress");
        TestCohorts.newParticipant(one, "Роза Рискова", "ru", "Europe/Moscow");
        TestCohorts.newParticipant(two, "Рем Рисков", "ru", "Asia/Vladivostok");
        TestDatabase.execute("UPDATE account SET organisation_id = (SELECT id FROM organisation WHERE name = "
                + "'Балтийский центр гражданских инициатив') WHERE email = ?", one);
        long returned = TestCohorts.addTeam(coordinator, cohort, "Возвратная", List.of(one));
        long silent = TestCohorts.addTeam(coordinator, cohort, "Молчаливая", List.of(two));
        assertEquals(302, coordinator.submit("coordinator/allocation.xhtml?cohort=" + cohort, "allocate", Map.of(
                "team_input", String.valueOf(returned), "assignment_input", "",
                "expert_input", String.valueOf(accountId("expert1@example.org"))), "allocate").status());
        WebSession expert = signedIn("expert1@example.org");
        for (long assignment : List.of(first, second)) {
            TeamWork.submit(signedIn(one), assignment, "Работа, которую вернут");
            String review = "expert/review.xhtml?id=" + ExpertWork.reviewOfTeam(assignment, returned);
            assertEquals(302, expert.submit(review, "review", ExpertWork.feedback(expert.get(review), Map.of(),
                    "Нужно переработать.", "NEEDS_REVISION"), "release").status());
        }
        TestDatabase.execute("INSERT INTO expert_meeting (module_id, starts_at, duration_minutes, expert_id, link, version) "
                + "VALUES (?, UTC_TIMESTAMP(6) - INTERVAL 3 HOUR, 60, ?, 'https://meet.example.org/risk', 1)", week1,
                accountId("expert1@example.org"));
        TestDatabase.execute("INSERT INTO meeting_attendance (meeting_id, account_id, marked_by, marked_at) "
                + "SELECT MAX(id), ?, ?, UTC_TIMESTAMP(6) FROM expert_meeting WHERE module_id = ?", accountId(one),
                accountId("expert1@example.org"), week1);

        String atRisk = "coordinator/at-risk.xhtml?cohort=" + cohort;
        String lists = coordinator.get(atRisk).body();
        assertEquals(2, lists.split("data-label=\"Команда\">Молчаливая</th>", -1).length - 1,
                "the silent team, once per assignment due: " + lists);
        assertTrue(lists.contains("Риск А " + cohort) && lists.contains("Риск Б " + cohort), lists);
        assertTrue(lists.replaceAll("\\s+", " ").contains("Возвратная</th> <td data-label=\"Работ на доработке\">2</td>"), lists);
        assertTrue(lists.contains("Рем Рисков") && lists.contains("0 из 1 (нужно не меньше 50 %)"), lists);
        assertFalse(lists.contains("Роза Рискова"), "one of one meeting attended is enough");
        assertFalse(coordinator.get(atRisk + "&hours=12").body().contains("data-label=\"Команда\">Молчаливая</th>"),
                "due in 24 h is not within 12 h");
        assertTrue(coordinator.get(atRisk + "&hours=0").body().contains("Число часов должно быть от 1 до 336"));

        String viewState = coordinator.get(atRisk).viewState();
        assertEquals(302, coordinator.post(atRisk, "remind", Map.of(), "work:0:remind", viewState).status());
        assertEquals(302, coordinator.post(atRisk, "remind", Map.of(), "work:0:remind", viewState).status(),
                "a second click from the same page");
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM notice WHERE kind = 'AT_RISK_WORK' AND account_id = ?",
                accountId(two)), "reminded once");
        assertTrue(coordinator.get(atRisk).body().contains("Напоминание сегодня уже отправлено"));
        assertEquals(302, coordinator.submit(atRisk, "remind", Map.of(), "revisions:0:remind").status());
        assertEquals(302, coordinator.submit(atRisk, "remind", Map.of(), "attendance:0:remind").status());
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM notice WHERE kind = 'AT_RISK_REVISIONS' AND account_id = ?",
                accountId(one)));
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM notice WHERE kind = 'AT_RISK_ATTENDANCE' AND account_id = ?",
                accountId(two)));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                coordinator.bytes("coordinator/report?table=at-risk&cohort=" + cohort + "&format=xlsx")))) {
            assertEquals(1 + 2 + 1 + 1, book.getSheetAt(0).getPhysicalNumberOfRows(),
                    "a header, the silent team twice, the returned team, the absent participant");
            assertEquals("Возвратная", book.getSheetAt(0).getRow(3).getCell(1).getStringCellValue());
        }
        long forTwoTeams = TestDatabase.statementsFor(coordinator, atRisk);
        TestDatabase.execute("INSERT INTO team (cohort_id, name, created_at) SELECT ?, CONCAT('Тихая ', LPAD(seq, 3, '0')), "
                + "NOW(6) FROM seq_1_to_100", cohort);
        assertTrue(coordinator.get(atRisk).body().contains("Тихая 100"));
        assertEquals(forTwoTeams, TestDatabase.statementsFor(coordinator, atRisk), "102 teams cost what 2 cost");
        System.out.printf("SQL statements: at-risk lists %d%n", forTwoTeams);

        String funder = coordinator.get("coordinator/funder.xhtml?cohort=" + cohort).body().replaceAll("\\s+", " ");
        assertTrue(funder.contains("<strong>2</strong> участников") && funder.contains("<strong>102</strong> команд")
                && funder.contains("<strong>1</strong> встреч с экспертами проведено")
                && funder.contains("<strong>50 %</strong> средняя посещаемость встреч"), funder);
        assertTrue(funder.contains("39 Калининградская область</th> <td data-label=\"участников\">1</td>")
                && funder.contains("не указано</th>"), funder);
        assertTrue(funder.matches(".*Риск А " + cohort + " \\d+ \\*</th> <td data-label=\"Сдали\">1 / 102</td> "
                + "<td data-label=\"Принято\">0 / 102 \\(0 %\\)</td>.*"), funder);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                coordinator.bytes("coordinator/report?table=funder&cohort=" + cohort + "&format=xlsx")))) {
            assertEquals(5, book.getNumberOfSheets(), "summary, regions, organisations, assignments, meetings");
            assertEquals(2, (long) book.getSheetAt(0).getRow(2).getCell(1).getNumericCellValue(), "participants");
            assertEquals(3, book.getSheetAt(1).getPhysicalNumberOfRows(), "a header and two regions (one unknown)");
            assertEquals(3, book.getSheetAt(3).getPhysicalNumberOfRows(), "a header and the two assignments");
            assertEquals(1, (long) book.getSheetAt(4).getRow(1).getCell(3).getNumericCellValue(), "one present");
        }
        assertEquals(404, coordinator.get("coordinator/report?table=funder&cohort=" + cohort + "&format=csv").status());

        String gate = "coordinator/gate.xhtml?cohort=" + cohort;
        assertEquals(302, coordinator.submit(gate, "exception", Map.of("person_input", String.valueOf(accountId(two)),
                "passed", "true", "reason", "Болел, подтвердил справкой"), "record").status());
        String log = coordinator.get("coordinator/audit.xhtml?cohort=" + cohort).body().replaceAll("\\s+", " ");
        assertTrue(log.contains("Записи 1–3 из 3."), log);
        String entries = log.substring(log.indexOf("id=\"entries\""));
        assertEquals(2, entries.split("Отзыв на работу", -1).length - 1, entries);
        assertEquals(1, entries.split("Исключение на завершении этапа", -1).length - 1, entries);
        assertTrue(entries.contains("Рем Рисков") && entries.contains("первый этап засчитан")
                && entries.contains("Болел, подтвердил справкой"), entries);
        assertTrue(entries.matches(".*Риск Б " + cohort + " \\d+ — на доработку.*"), entries);
        String onlyGate = coordinator.get("coordinator/audit.xhtml?cohort=" + cohort + "&action=GATE_EXCEPTION").body();
        assertTrue(onlyGate.contains("Рем Рисков") && !onlyGate.contains("Возвратная"), onlyGate);
        String byExpert = coordinator.get("coordinator/audit.xhtml?cohort=" + cohort + "&actor="
                + accountId("expert1@example.org")).body();
        assertEquals(3, byExpert.split("Возвратная", -1).length, "the expert's two reviews: " + byExpert);
        assertFalse(signedIn(two).get("coordinator/audit.xhtml").status() == 200, "participants never see the log");
    }

    private WebSession signedIn(String email) {
        WebSession s = new WebSession(base);
        s.signIn(email, DemoCohort.PASSWORD);
        return s;
    }
}
