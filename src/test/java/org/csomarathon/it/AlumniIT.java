package org.csomarathon.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.csomarathon.alumni.Alumni;
import org.csomarathon.demo.DemoCohort;
import org.csomarathon.it.WebSession.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/** Alumni: graduates become alumni; with their consent they are in the directory, searched by year, region and topic. */
@MarathonIT
class AlumniIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.marathon();
    }

    @ArquillianResource
    URL base;

    @Test
    void graduatesConsentToTheDirectoryAreFoundByYearRegionAndTopicAndAWithdrawalHidesThemAtOnce() {
        WebSession coordinator = signedIn("coordinator@example.org");
        long cohort = TestCohorts.newCohort(coordinator);   // nothing required: everyone in a team passes stage 1
        List<String> people = TestCohorts.newParticipants("alumni", 2);
        TestCohorts.addTeam(coordinator, cohort, "Выпуск " + System.nanoTime(), people);
        String outsider = TestCohorts.newParticipants("notalumni", 1).get(0);
        Page graduated = coordinator.submit("coordinator/gate.xhtml?cohort=" + cohort, "graduation", Map.of(), "graduate");
        assertEquals(302, graduated.status(), graduated.body());
        assertEquals(List.of("Выпускниками стали прошедшие первый этап: 2."),
                coordinator.get(graduated.location().orElseThrow()).messages());
        String year = TestDatabase.text("SELECT CAST(year AS CHAR) FROM cohort WHERE id = ?", cohort);
        String name = TestDatabase.text("SELECT full_name FROM account WHERE email = ?", people.get(0));
        String topic = "краудфандинг-" + System.nanoTime();

        WebSession shown = signedIn(people.get(0));
        assertEquals("Выпуск: " + year, shown.get("alumni/profile.xhtml").text("main .row__meta"));
        Page saved = shown.submit("alumni/profile.xhtml", "profile", Map.of("position", "PR-менеджер", "organisation",
                "Фонд «Берег»", "region", "63", "topics", topic + ", сайт", "contact", "t.me/bereg", "consent_input", "on"), "save");
        assertEquals(302, saved.status(), saved.body());
        assertEquals("Ваш профиль виден в справочнике выпускникам и координаторам.", shown.get("alumni/profile.xhtml").text("#shown-state"));
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM alumni_profile p JOIN account a ON a.id = p.account_id "
                + "WHERE a.email = ? AND p.consent_version = 'ALUMNI-1' AND p.consent_at IS NOT NULL", people.get(0)),
                "the consent is kept with its time and the version of its text");
        WebSession hidden = signedIn(people.get(1));
        assertEquals(302, hidden.submit("alumni/profile.xhtml", "profile", Map.of("position", "Волонтёр", "topics", topic), "save")
                .status());

        assertEquals(List.of(name), found(coordinator, "topic=" + enc(topic)), "only who consented is in the directory");
        assertEquals(List.of(name), found(shown, "topic=" + enc(topic) + "&year=" + year + "&region=63"), "alumni search it too");
        assertEquals(List.of(), found(coordinator, "topic=" + enc(topic) + "&region=78"));
        assertEquals(List.of(), found(coordinator, "topic=" + enc(topic) + "&year=" + (Integer.parseInt(year) - 1)));

        assertEquals(302, shown.submit("alumni/profile.xhtml", "profile", Map.of(), "withdraw").status());
        assertEquals(List.of(), found(coordinator, "topic=" + enc(topic)), "a withdrawn consent hides the profile at once");
        assertTrue(TestDatabase.count("SELECT COUNT(*) FROM alumni_profile p JOIN account a ON a.id = p.account_id "
                + "WHERE a.email = ? AND p.withdrawn_at IS NOT NULL", people.get(0)) == 1, "the withdrawal's time is kept");

        assertEquals(403, signedIn(outsider).get("alumni/index.xhtml").status(), "the directory is for alumni and coordinators");
    }

    @Test
    void earlierGraduatesAreImportedMatchedByAddressWithEveryRefusedRowNamed() {
        WebSession coordinator = signedIn("coordinator@example.org");
        String known = TestCohorts.newParticipants("known.alumni", 1).get(0);
        String fresh = TestRun.email("fresh.alumni" + System.nanoTime());
        int thisYear = java.time.LocalDate.now(TestClock.clock()).getYear();
        int earlier = thisYear - 3;
        String csv = "Имя;E-mail;Год;Организация;Регион\n"
                + "Олег Новый;" + fresh + ";" + earlier + ";Фонд «Волга»;63\n"
                + "Известный Выпускник;" + known + ";" + (earlier + 1) + ";;Самарская область\n"
                + "Олег Новый;" + fresh + ";" + earlier + ";Фонд «Волга»;63\n"
                + "Без Адреса;не-адрес;" + earlier + ";;\n"
                + ";nobody" + System.nanoTime() + "@example.org;" + earlier + ";;\n"
                + "Из Будущего;future" + System.nanoTime() + "@example.org;" + (thisYear + 1) + ";;\n";
        Page report = coordinator.upload("coordinator/alumni.xhtml", "import", "file", "graduates.csv", csv, "upload");
        assertEquals(200, report.status(), report.body());
        assertEquals(List.of("1", "2", "3"), List.of(report.text("#added"), report.text("#matched"), report.text("#refused")),
                "one new account, the known one and the repeated row found by address, three refused");
        assertEquals(List.of("Строка 5: адрес «не-адрес» не похож на e-mail", "Строка 6: нет имени",
                "Строка 7: год «" + (thisYear + 1) + "» — нужен год с " + Alumni.FIRST_YEAR + " по " + thisYear), report.texts("#refused-rows li"));
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM alumnus y JOIN account a ON a.id = y.account_id "
                + "WHERE a.email = ? AND y.year = ?", fresh, earlier), "the repeated row adds nothing twice");
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM account_role r JOIN account a ON a.id = r.account_id "
                + "WHERE a.email = ? AND r.role = 'ALUMNUS'", known));
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM outbox_message WHERE to_address = ? AND kind = 'ALUMNI_INVITED'",
                fresh), "the new one is invited to set a password, once");
        assertEquals("Фонд «Волга»", TestDatabase.text("SELECT p.organisation FROM alumni_profile p JOIN account a "
                + "ON a.id = p.account_id WHERE a.email = ?", fresh));
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM alumni_profile p JOIN account a ON a.id = p.account_id "
                + "WHERE a.email = ? AND p.consent_at IS NOT NULL", fresh), "not in the directory until they consent");
    }

    private static List<String> found(WebSession reader, String query) {
        return reader.get("alumni/index.xhtml?" + query).texts("#alumni-list > li > strong");
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private WebSession signedIn(String email) {
        WebSession s = new WebSession(base);
        s.signIn(email, DemoCohort.PASSWORD);
        return s;
    }
}
