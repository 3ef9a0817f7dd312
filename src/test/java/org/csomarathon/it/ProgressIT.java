package org.csomarathon.it;

import static org.csomarathon.it.TeamWork.accountId;
import static org.csomarathon.it.TeamWork.hoursFromNow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.csomarathon.demo.DemoCohort;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/** The coordinator's progress matrix: statuses per team and assignment, filters, paging, export, fixed cost. */
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

        String member = "matrix.member@progress.test";
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
        String one = "load.one@progress.test";
        String two = "load.two@progress.test";
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

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                coordinator.bytes("coordinator/report?table=workload&cohort=" + cohort + "&format=xlsx")))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals(3, sheet.getPhysicalNumberOfRows(), "a header and the two experts");
        }
    }

    private WebSession signedIn(String email) {
        WebSession s = new WebSession(base);
        s.signIn(email, DemoCohort.PASSWORD);
        return s;
    }
}
