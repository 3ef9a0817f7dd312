package org.csomarathon.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.csomarathon.cohort.CohortTerms;

/**
 * Cohorts for integration tests: the demo's cohorts found by their people (the demo is laid out around
 * the application's clock, so its years change with the date), their weeks, and new cohorts in years
 * nobody uses.
 */
final class TestCohorts {

    private TestCohorts() {
    }

    /** The demo's cohort in stage 1: the one its first participant studies in. */
    static long demoCohort() {
        return TestDatabase.count("SELECT MIN(t.cohort_id) FROM team t JOIN team_membership m ON m.team_id = t.id "
                + "JOIN account a ON a.id = m.account_id WHERE a.email = 'participant01@example.org'");
    }

    /** The demo's cohort whose call is open: the one its first applicant applied to. */
    static long demoCallCohort() {
        return TestDatabase.count("SELECT MIN(x.cohort_id) FROM application x JOIN account a ON a.id = x.applicant_id "
                + "WHERE a.email = 'applicant1@example.org'");
    }

    /** The id of the demo cohort's module of this number. */
    static long demoModule(int number) {
        return TestDatabase.count("SELECT id FROM weekly_module WHERE cohort_id = ? AND number = ?", demoCohort(), number);
    }

    /**
     * The year the tests' own cohorts are dated in: three years before the application's clock, so that
     * they are over and never the current cohort (the demo's take last year, this year and next year).
     */
    static final int PAST = LocalDate.now(TestClock.clock().withZone(ZoneId.of("Europe/Moscow"))).getYear() - 3;

    /**
     * A year no cohort is named after yet, from the last one allowed down: the unique label of a test's
     * own cohort, whatever its dates (a cohort's phase and currency follow its dates, not its year).
     */
    static int freeYear() {
        for (int year = CohortTerms.LAST_YEAR; year >= CohortTerms.FIRST_YEAR; year--) {
            if (TestDatabase.count("SELECT COUNT(*) FROM cohort WHERE year = ?", year) == 0) {
                return year;
            }
        }
        throw new AssertionError("every year from " + CohortTerms.FIRST_YEAR + " to " + CohortTerms.LAST_YEAR + " is taken");
    }

    /** The coordinator's cohort form for the year, in Moscow time, dated in {@link #PAST}: stage 1 from 17 March to {@code stage1End}. */
    static Map<String, String> form(int year, String stage1End) {
        Map<String, String> form = new HashMap<>();
        form.put("year", String.valueOf(year));
        form.put("name", "Когорта " + year);
        form.put("zone_input", "Europe/Moscow");
        form.put("webinar", PAST + "-03-05T12:00");
        form.put("deadline", PAST + "-03-10T23:59");
        form.put("results", PAST + "-03-18");
        form.put("stage1Start", PAST + "-03-17");
        form.put("stage1End", stage1End);
        form.put("minParticipants", "30");
        form.put("stage2Seats", "10");
        form.put("attendance", "75");
        return form;
    }

    /** The person's team in the demo cohort now. */
    static long demoTeamOf(String email) {
        return TestDatabase.count("SELECT m.team_id FROM team_membership m JOIN team t ON t.id = m.team_id "
                + "JOIN account a ON a.id = m.account_id "
                + "WHERE t.cohort_id = ? AND m.left_at IS NULL AND a.email = ?", demoCohort(), email);
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

    /** A new cohort in a free past year (no meeting share required), over by now; its id. */
    static long newCohort(WebSession coordinator) {
        int year = freeYear();
        Map<String, String> cohortForm = form(year, PAST + "-04-24");
        cohortForm.put("attendance", "0");
        assertEquals(302, coordinator.submit("coordinator/cohort.xhtml", "cohort", cohortForm, "save").status());
        long cohort = TestDatabase.count("SELECT id FROM cohort WHERE year = ?", year);
        nameDemoStaff(coordinator, cohort);
        return cohort;
    }

    /**
     * Names the demo's experts and reviewers for the cohort, as a coordinator does in one step: taken from
     * the demo's current cohort on the cohort's *Experts and reviewers* page.
     */
    static void nameDemoStaff(WebSession coordinator, long cohort) {
        assertEquals(302, coordinator.submit("coordinator/staff.xhtml?cohort=" + cohort, "copy",
                Map.of("from", String.valueOf(demoCohort())), "copy").status());
    }

    /** A test's own cohort (over by now, see {@link #newCohort}) with one team of its own new participants. */
    record Own(long cohort, long team, List<String> members) {

        /** The id of the cohort's module of this number. */
        long module(int number) {
            return TestDatabase.count("SELECT id FROM weekly_module WHERE cohort_id = ? AND number = ?", cohort, number);
        }
    }

    private static final AtomicInteger OWN_COHORTS = new AtomicInteger();

    /** {@code count} new participants of this run, with no team yet, named after {@code label} (in Moscow time). */
    static List<String> newParticipants(String label, int count) {
        String batch = label + OWN_COHORTS.incrementAndGet();
        List<String> people = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String email = TestRun.email(batch + "." + i);
            newParticipant(email, "Участник " + label + " " + i, "ru", "Europe/Moscow");
            people.add(email);
        }
        return people;
    }

    /** A new cohort with a team of {@code size} new participants, named after {@code label} and this run. */
    static Own ownCohort(WebSession coordinator, String label, int size) {
        return ownTeam(coordinator, newCohort(coordinator), label, size);
    }

    /**
     * A new team of {@code size} new participants in the cohort: for a class whose tests share one cohort of
     * its own (a cohort takes a year, and the years a run may use are few).
     */
    static Own ownTeam(WebSession coordinator, long cohort, String label, int size) {
        List<String> members = newParticipants(label, size);
        String name = "Команда " + label + " " + OWN_COHORTS.incrementAndGet() + " " + TestRun.MARK;
        return new Own(cohort, addTeam(coordinator, cohort, name, members), members);
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
