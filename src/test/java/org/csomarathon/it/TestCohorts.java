package org.csomarathon.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Cohorts for integration tests: the demo cohort's weeks, and new cohorts in years nobody uses. */
final class TestCohorts {

    private TestCohorts() {
    }

    /** The id of the demo cohort's (2027) module of this number. */
    static long demoModule(int number) {
        return TestDatabase.count("SELECT m.id FROM weekly_module m JOIN cohort c ON c.id = m.cohort_id "
                + "WHERE c.year = 2027 AND m.number = ?", number);
    }

    /** A year before the demo's with no cohort yet, so the demo cohort stays the current one. */
    static int freePastYear() {
        for (int year = 2026; year >= 2000; year--) {
            if (TestDatabase.count("SELECT COUNT(*) FROM cohort WHERE year = ?", year) == 0) {
                return year;
            }
        }
        throw new AssertionError("no free year left between 2000 and 2026 in the test database");
    }

    /** The coordinator's cohort form, in Moscow time, stage 1 from 17 March to {@code stage1End}. */
    static Map<String, String> form(int year, String stage1End) {
        Map<String, String> form = new HashMap<>();
        form.put("year", String.valueOf(year));
        form.put("name", "Когорта " + year);
        form.put("zone_input", "Europe/Moscow");
        form.put("webinar", year + "-03-05T12:00");
        form.put("deadline", year + "-03-10T23:59");
        form.put("results", year + "-03-18");
        form.put("stage1Start", year + "-03-17");
        form.put("stage1End", stage1End);
        form.put("minParticipants", "30");
        form.put("stage2Seats", "10");
        form.put("attendance", "75");
        return form;
    }

    /** The person's team in the demo cohort now. */
    static long demoTeamOf(String email) {
        return TestDatabase.count("SELECT m.team_id FROM team_membership m JOIN team t ON t.id = m.team_id "
                + "JOIN cohort c ON c.id = t.cohort_id JOIN account a ON a.id = m.account_id "
                + "WHERE c.year = 2027 AND m.left_at IS NULL AND a.email = ?", email);
    }

    /** Someone else in the person's demo team now. */
    static String teammateOf(String email) {
        return TestDatabase.text("SELECT a.email FROM team_membership m JOIN account a ON a.id = m.account_id "
                + "WHERE m.team_id = ? AND m.left_at IS NULL AND a.email <> ? ORDER BY a.email LIMIT 1",
                demoTeamOf(email), email);
    }

    /** An expert with no organisation and no teams (made once), with the demo password. */
    static long newExpert(String email) {
        if (TestDatabase.count("SELECT COUNT(*) FROM account WHERE email = ?", email) == 0) {
            TestDatabase.execute("INSERT INTO account (email, full_name, password_hash, language, time_zone, enabled, "
                    + "created_at, version) SELECT ?, 'Эксперт Проверочный', password_hash, language, time_zone, TRUE, NOW(6), 1 "
                    + "FROM account WHERE email = 'expert1@example.org'", email);
            TestDatabase.execute("INSERT INTO account_role (account_id, role) SELECT id, 'EXPERT' FROM account WHERE email = ?",
                    email);
        }
        return TestDatabase.count("SELECT id FROM account WHERE email = ?", email);
    }

    /** A participant with no team yet (made once), with the demo password, in this language and zone. */
    static long newParticipant(String email, String fullName, String language, String zone) {
        if (TestDatabase.count("SELECT COUNT(*) FROM account WHERE email = ?", email) == 0) {
            TestDatabase.execute("INSERT INTO account (email, full_name, password_hash, language, time_zone, enabled, "
                    + "created_at, version) SELECT ?, ?, password_hash, ?, ?, TRUE, NOW(6), 1 "
                    + "FROM account WHERE email = 'participant01@example.org'", email, fullName, language, zone);
            TestDatabase.execute("INSERT INTO account_role (account_id, role) SELECT id, 'PARTICIPANT' FROM account "
                    + "WHERE email = ?", email);
        }
        return TestDatabase.count("SELECT id FROM account WHERE email = ?", email);
    }

    /**
     * A new cohort in a free past year (no meeting share required); its id. Only the years from
     * 2018 to 2026 are free for tests (a later year would become the current cohort), so tests
     * share one where they can.
     */
    static long newCohort(WebSession coordinator) {
        int year = freePastYear();
        Map<String, String> cohortForm = form(year, year + "-04-24");
        cohortForm.put("attendance", "0");
        assertEquals(302, coordinator.submit("coordinator/cohort.xhtml", "cohort", cohortForm, "save").status());
        return TestDatabase.count("SELECT id FROM cohort WHERE year = ?", year);
    }

    /** Admits the people to the cohort and puts them in a new team of it; the team's id. */
    static long addTeam(WebSession coordinator, long cohort, String teamName, List<String> emails) {
        String teams = "coordinator/teams.xhtml?cohort=" + cohort;
        for (String email : emails) {
            assertEquals(302, coordinator.submit(teams, "admit", Map.of("email", email), "admit").status());
        }
        assertEquals(302, coordinator.submit(teams, "create", Map.of("name", teamName), "create").status());
        long team = TestDatabase.count("SELECT id FROM team WHERE cohort_id = ? AND name = ?", cohort, teamName);
        for (String email : emails) {
            assertEquals(302, coordinator.submit(teams, "move", Map.of("person_input",
                    String.valueOf(TeamWork.accountId(email)), "to_input", String.valueOf(team)), "move").status());
        }
        return team;
    }
}
