package org.csomarathon.it;

import static org.csomarathon.it.ExpertWork.accept;
import static org.csomarathon.it.ExpertWork.reviewOfTeam;
import static org.csomarathon.it.TeamWork.accountId;
import static org.csomarathon.it.TeamWork.hoursFromNow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.csomarathon.demo.DemoCohort;
import org.csomarathon.it.WebSession.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/** The stage-2 ranking: who passed, in what order, ties shared, weights per cohort, and the export. */
@MarathonIT
class Stage2IT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.marathon();
    }

    @ArquillianResource
    URL base;

    @Test
    void everyoneWhoPassedIsRankedWithTeammatesSharingAPlaceAndTheExportHoldsTheSameOrder() throws IOException {
        assertEquals("/marathon/", base.getPath(), "Marathon was not deployed; read the Payara Micro log above");
        WebSession coordinator = signedIn("coordinator@example.org");
        int year = TestCohorts.freeYear();
        Map<String, String> cohortForm = TestCohorts.form(year, TestCohorts.PAST + "-04-24");
        cohortForm.put("attendance", "0");
        assertEquals(302, coordinator.submit("coordinator/cohort.xhtml", "cohort", cohortForm, "save").status());
        long cohort = TestDatabase.count("SELECT id FROM cohort WHERE year = ?", year);
        TestCohorts.nameDemoStaff(coordinator, cohort);
        String teams = "coordinator/teams.xhtml?cohort=" + cohort;
        List<String> people = TestCohorts.newParticipants("ranked", 4);
        for (String email : people) {
            assertEquals(302, coordinator.submit(teams, "admit", Map.of("email", email), "admit").status());
        }
        long first = team(coordinator, teams, cohort, "Первая " + year);
        long second = team(coordinator, teams, cohort, "Вторая " + year);
        assertEquals(List.of("Пока никого: переведите сюда участников.", "Пока никого: переведите сюда участников."),
                coordinator.get(teams).texts(".hint").stream().filter(t -> t.startsWith("Пока никого")).toList(), "empty teams are listed");
        move(coordinator, teams, people.get(0), first);
        move(coordinator, teams, people.get(1), first);
        move(coordinator, teams, people.get(2), second);
        String stage2 = "coordinator/stage2.xhtml?cohort=" + cohort;
        assertEquals(4, sharedPlaces(coordinator.get(stage2)), "nothing required yet: all four pass, equal");

        long module = TestDatabase.count("SELECT id FROM weekly_module WHERE cohort_id = ? AND number = 1", cohort);
        var form = TeamWork.assignmentForm("Рейтинг " + year, hoursFromNow(-1), hoursFromNow(24), hoursFromNow(48), 20);
        form.put("rubric_input", List.of(TestDatabase.text("SELECT MIN(id) FROM rubric WHERE title = 'Практическое задание'")));
        assertEquals(302, coordinator.submitMany("coordinator/assignment.xhtml?module=" + module, "assignment", form, "save")
                .status());
        long assignment = TestDatabase.count("SELECT id FROM assignment WHERE title = ?", "Рейтинг " + year);
        for (long team : List.of(first, second)) {
            assertEquals(302, coordinator.submit("coordinator/allocation.xhtml?cohort=" + cohort, "allocate", Map.of(
                    "team_input", String.valueOf(team), "assignment_input", "",
                    "expert_input", String.valueOf(accountId("expert1@example.org"))), "allocate").status());
        }
        TeamWork.submit(signedIn(people.get(0)), assignment, "Работа первой команды");
        TeamWork.submit(signedIn(people.get(2)), assignment, "Работа второй команды");
        WebSession expert = signedIn("expert1@example.org");
        accept(expert, reviewOfTeam(assignment, first), Map.of(0, "4", 1, "3", 2, "1"));   // 8 of 9
        accept(expert, reviewOfTeam(assignment, second), Map.of(0, "4", 1, "3", 2, "2"));  // 9 of 9
        // Moved after the accepted work was sent: it still counts for them, in their old team.
        move(coordinator, teams, people.get(1), second);

        Page page = coordinator.get(stage2);
        long statements = TestDatabase.statementsFor(coordinator, stage2);
        System.out.println("SQL statements for the stage-2 ranking: " + statements);
        assertTrue(statements <= 14, "statements (the ranking, one for the invitations' round, one for the person's roles read again): "
                + statements);
        List<String> firstTeamByName = new ArrayList<>(List.of(name(people.get(0)), name(people.get(1))));
        firstTeamByName.sort(Collator.getInstance(Locale.forLanguageTag("ru")));
        List<String> expected = List.of(name(people.get(2)), firstTeamByName.get(0), firstTeamByName.get(1));
        assertEquals(List.of(List.of(expected.get(0), "100.00"), List.of(expected.get(1), "93.33"), List.of(expected.get(2), "93.33")),
                ranked(page), "the one with no team did not pass and is not ranked");
        assertEquals(2, sharedPlaces(page), "the first team's two share second place");

        String csv = new String(coordinator.bytes("coordinator/stage2/export?cohort=" + cohort + "&format=csv"),
                StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertEquals("\ufeff\"Место\";\"Имя\";\"Команда\";\"Баллы по критериям\";\"Сдано в срок\";\"Посещаемость встреч\";"
                + "\"Итог\";\"Общее место\"", lines.get(0), "for Excel in Russian: semicolons, every text quoted");
        assertEquals("1;\"" + expected.get(0) + "\";\"Вторая " + year + "\";\"100 %\";\"—\";\"—\";\"100,00\";\"\"", lines.get(1),
                "a decimal comma");
        assertTrue(lines.get(2).startsWith("2;\"" + expected.get(1) + "\";") && lines.get(2).endsWith(";\"89 %\";\"—\";\"—\";\"93,33\";\"делят место\"")
                && lines.get(3).startsWith("2;\"" + expected.get(2) + "\""), csv);
        List<String> plain = new String(coordinator.bytes("coordinator/stage2/export?cohort=" + cohort + "&format=csv-plain"),
                StandardCharsets.UTF_8).lines().toList();
        assertEquals("1,\"" + expected.get(0) + "\",\"Вторая " + year + "\",\"100 %\",\"—\",\"—\",100.00,\"\"", plain.get(1),
                "for tools: commas, a decimal point, no byte-order mark");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                coordinator.bytes("coordinator/stage2/export?cohort=" + cohort + "&format=xlsx")))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals(3, sheet.getLastRowNum());
            for (int i = 0; i < 3; i++) {
                assertEquals(expected.get(i), sheet.getRow(i + 1).getCell(1).getStringCellValue());
            }
            assertEquals(93.33, sheet.getRow(3).getCell(6).getNumericCellValue());
        }
        assertEquals(403, signedIn(people.get(0)).download("coordinator/stage2/export?cohort=" + cohort + "&format=csv").status(),
                "only coordinators export");

        Page allZero = coordinator.submit(stage2, "weights", Map.of("rubric", "0", "punctuality", "0", "attendance", "0"), "save");
        assertEquals(List.of("Хотя бы один вес должен быть больше нуля."), allZero.messages());
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM stage2_weights WHERE cohort_id = ?", cohort));
        assertEquals(302, coordinator.submit(stage2, "weights", Map.of("rubric", "0", "punctuality", "50", "attendance", "50"),
                "save").status());
        Page reweighed = coordinator.get(stage2);
        assertEquals(List.of(List.of(expected.get(0), "100.00"), List.of(expected.get(1), "100.00"), List.of(expected.get(2), "100.00")),
                ranked(reweighed), "rubric points weigh nothing now; an equal score is still ordered by the rubric share first");
        assertEquals(2, sharedPlaces(reweighed));
    }

    private long team(WebSession coordinator, String teams, long cohort, String name) {
        assertEquals(302, coordinator.submit(teams, "create", Map.of("name", name), "create").status());
        return TestDatabase.count("SELECT id FROM team WHERE cohort_id = ? AND name = ?", cohort, name);
    }

    private static void move(WebSession coordinator, String teams, String email, long team) {
        Page moved = coordinator.submit(teams, "move", Map.of("person_input", String.valueOf(accountId(email)),
                "to_input", String.valueOf(team)), "move");
        assertEquals(302, moved.status(), moved.body());
    }

    /** How many places on the ranking are marked as shared. */
    private static int sharedPlaces(Page page) {
        return (int) page.texts("table.work-table tbody td .badge").stream().filter("делят место"::equals).count();
    }

    /** The ranking's names and scores, in its order. */
    private static List<List<String>> ranked(Page page) {
        return page.rows("table.work-table").stream().map(row -> List.of(row.get(1), row.get(6))).toList();
    }

    private static String name(String email) {
        return TestDatabase.text("SELECT full_name FROM account WHERE email = ?", email);
    }

    private WebSession signedIn(String email) {
        WebSession s = new WebSession(base);
        s.signIn(email, DemoCohort.PASSWORD);
        return s;
    }
}
