package org.csomarathon.it;

import static org.csomarathon.it.TeamWork.accountId;
import static org.csomarathon.it.TeamWork.hoursFromNow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.csomarathon.demo.DemoCohort;
import org.csomarathon.it.WebSession.Page;
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
        Page five = coordinator.get(page);
        assertEquals("Команды 1–5 из 5.", five.ownText("main p.row__actions"));
        assertEquals(List.of(base.getPath() + "submissions/version.xhtml?id=" + version),
                five.html().select("table.progress-matrix td a").eachAttr("href"), "the submitted cell opens the version");
        assertEquals(List.of("сдано"), five.texts("table.progress-matrix td.status--SUBMITTED .visually-hidden"));
        assertEquals(4, five.html().select("table.progress-matrix td.status--NOT_STARTED").size(), "four teams have not started");
        long forFive = TestDatabase.statementsFor(coordinator, page);
        System.out.printf("SQL statements: progress matrix %d%n", forFive);

        TestDatabase.execute("INSERT INTO team (cohort_id, name, created_at) SELECT ?, CONCAT('Гамма ', LPAD(seq, 3, '0')), "
                + "NOW(6) FROM seq_1_to_495", cohort);
        Page many = coordinator.get(page);
        assertEquals("Команды 1–50 из 500.", many.ownText("main p.row__actions"));
        assertEquals(List.of("first=50"), many.html().select("main p.row__actions a").eachAttr("href").stream()
                .flatMap(href -> Stream.of(URI.create(href).getQuery().split("&"))).filter(q -> q.startsWith("first=")).toList(),
                "a link to the next page");
        assertEquals(forFive, TestDatabase.statementsFor(coordinator, page), "500 teams cost what 5 cost");
        assertEquals("Команды 451–500 из 500.", coordinator.get(page + "&first=450").ownText("main p.row__actions"));

        for (String filter : List.of("&region=39", "&expert=" + accountId("expert1@example.org"))) {
            Page filtered = coordinator.get(page + filter);
            assertEquals("Команды 1–1 из 1.", filtered.ownText("main p.row__actions"), filter);
            assertEquals(List.of("Альфа"), filtered.texts("table.progress-matrix tbody th"), filter);
        }
        assertEquals("Команд, подходящих под отбор, нет.",
                coordinator.get(page + "&expert=" + accountId("expert2@example.org")).text("#no-teams"));

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

        Page page = coordinator.get("coordinator/workload.xhtml?cohort=" + cohort);
        String expert1 = TestDatabase.text("SELECT full_name FROM account WHERE email = 'expert1@example.org'");
        String expert2 = TestDatabase.text("SELECT full_name FROM account WHERE email = 'expert2@example.org'");
        assertEquals(List.of(expert1, "1", "0", "1", "0.0"), page.row(expert1).subList(0, 5));
        assertEquals(List.of(expert2, "1", "1", "0", "—"), page.row(expert2).subList(0, 5));
        assertEquals("Встреч впереди нет.", page.ownText("main p.row__actions"), "the test cohort's meetings are all in its own past year");
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
        Page lists = coordinator.get(atRisk);
        String titleA = TestDatabase.text("SELECT title FROM assignment WHERE id = ?", first);
        String titleB = TestDatabase.text("SELECT title FROM assignment WHERE id = ?", second);
        assertEquals(List.of(List.of("Молчаливая", titleA), List.of("Молчаливая", titleB)),
                lists.rows("#work-heading ~ div table").stream().map(row -> row.subList(0, 2)).toList(),
                "the silent team, once per assignment due");
        assertEquals(List.of("Возвратная", "2"), lists.rows("#revisions-heading ~ div table").get(0).subList(0, 2));
        assertEquals(List.of(List.of("Рем Рисков", "Молчаливая", "0 из 1 (нужно не меньше 50 %)")),
                lists.rows("#attendance-heading ~ div table").stream().map(row -> row.subList(0, 3)).toList(),
                "one of one meeting attended is enough for Роза Рискова");
        assertEquals(List.of(), coordinator.get(atRisk + "&hours=12").texts("#work-heading ~ div table tbody th"),
                "due in 24 h is not within 12 h");
        assertEquals(List.of("Число часов должно быть от 1 до 336; показаны ближайшие 48 ч."),
                coordinator.get(atRisk + "&hours=0").messages());

        String viewState = coordinator.get(atRisk).viewState();
        assertEquals(302, coordinator.post(atRisk, "remind", Map.of(), "work:0:remind", viewState).status());
        assertEquals(302, coordinator.post(atRisk, "remind", Map.of(), "work:0:remind", viewState).status(),
                "a second click from the same page");
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM notice WHERE kind = 'AT_RISK_WORK' AND account_id = ?",
                accountId(two)), "reminded once");
        assertEquals(List.of("Напоминание сегодня уже отправлено", ""),
                coordinator.get(atRisk).rows("#work-heading ~ div table").stream().map(row -> row.get(3)).toList(),
                "the first row reminded, the second not yet");
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
        assertEquals(2, coordinator.get(atRisk).texts("#work-heading ~ div table tbody th").stream()
                .filter("Тихая 100"::equals).count(), "the hundredth new team, once per assignment due");
        assertEquals(forTwoTeams, TestDatabase.statementsFor(coordinator, atRisk), "102 teams cost what 2 cost");
        System.out.printf("SQL statements: at-risk lists %d%n", forTwoTeams);

        Page funder = coordinator.get("coordinator/funder.xhtml?cohort=" + cohort);
        List<String> figures = funder.texts("main .figures li");
        assertEquals(List.of("2 участников", "102 команд", "1 встреч с экспертами проведено", "50 % средняя посещаемость встреч"),
                figures.stream().filter(f -> f.matches("\\d.*(участников|команд|проведено|встреч)")).toList(), figures.toString());
        assertEquals(List.of("39 Калининградская область", "1"), funder.row("39 Калининградская область").subList(0, 2));
        assertEquals(2, funder.texts("tbody th").stream().filter("не указано"::equals).count(),
                "Рем Рисков's region and organisation are not known");
        assertEquals(List.of(titleA + " *", "1 / 102", "0 / 102 (0 %)"), funder.row(titleA + " *").subList(0, 3));
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
        Page log = coordinator.get("coordinator/audit.xhtml?cohort=" + cohort);
        assertEquals("Записи 1–3 из 3.", log.ownText("main p.row__actions"));
        List<List<String>> entries = log.rows("#entries");
        assertEquals(List.of("Исключение на завершении этапа", "Отзыв на работу", "Отзыв на работу"),
                entries.stream().map(row -> row.get(2)).toList(), entries.toString());
        assertEquals(List.of("Рем Рисков", "первый этап засчитан Болел, подтвердил справкой"), entries.get(0).subList(3, 5));
        assertEquals(List.of("Возвратная", titleB + " — на доработку"), entries.get(1).subList(3, 5), entries.toString());
        Page onlyGate = coordinator.get("coordinator/audit.xhtml?cohort=" + cohort + "&action=GATE_EXCEPTION");
        assertEquals(List.of("Исключение на завершении этапа"), onlyGate.rows("#entries").stream().map(row -> row.get(2)).toList());
        Page byExpert = coordinator.get("coordinator/audit.xhtml?cohort=" + cohort + "&actor=" + accountId("expert1@example.org"));
        assertEquals(List.of("Отзыв на работу", "Отзыв на работу"), byExpert.rows("#entries").stream().map(row -> row.get(2)).toList(),
                "the expert's two reviews");
        assertFalse(signedIn(two).get("coordinator/audit.xhtml").status() == 200, "participants never see the log");
    }

    private WebSession signedIn(String email) {
        WebSession s = new WebSession(base);
        s.signIn(email, DemoCohort.PASSWORD);
        return s;
    }
}
