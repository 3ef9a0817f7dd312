package org.csomarathon.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.csomarathon.demo.DemoCohort;
import org.csomarathon.it.WebSession.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reviewers, scores, the ranking and the decisions, on a cohort of the test's own with applications made through the pages. */
@MarathonIT
class SelectionIT {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.marathon();
    }

    @ArquillianResource
    URL base;

    private WebSession coordinator;

    @BeforeEach
    void coordinatorSignedIn() {
        assertEquals("/marathon/", base.getPath(), "Marathon was not deployed; read the Payara Micro log above");
        coordinator = signedIn("coordinator@example.org");
    }

    /** A cohort whose call is open, with four eligible applications (the first from a demo organisation) and one from Moscow. */
    private long cohortWithApplications(String prefix) {
        long cohort = TestCohorts.newCohort(coordinator);
        Applying.openCall(cohort, 300);
        String[] demoNumbers = TestDatabase.text("SELECT CONCAT(ogrn, ',', inn) FROM organisation WHERE name = "
                + "'Балтийский центр гражданских инициатив'").split(",");
        apply(prefix + ".a", "Анна " + prefix, "Балтийский центр", demoNumbers[0], demoNumbers[1], "39", cohort);
        apply(prefix + ".b", "Борис " + prefix, "Фонд Б", "1027800000007", "7800000002", "78", cohort);
        apply(prefix + ".c", "Вера " + prefix, "Фонд В", "1022500000005", "2500000002", "25", cohort);
        apply(prefix + ".d", "Глеб " + prefix, "Фонд Г", "1024100000000", "4100000001", "41", cohort);
        apply(prefix + ".m", "Марк " + prefix, "Московский фонд", "1027700000008", "7700000009", "77", cohort);
        return cohort;
    }

    private void apply(String login, String name, String organisation, String ogrn, String inn, String region, long cohort) {
        String email = address(login);
        Applying.newApplicant(email, name, "ru", "Europe/Moscow");
        Page done = Applying.applyEligible(signedIn(email), cohort, organisation, ogrn, inn, region, "Мотивация " + name);
        assertEquals(302, done.status(), done.body());
    }

    /** This run's address of the applicant with that login. */
    private static String address(String login) {
        return TestRun.email(login + ".selection");
    }

    /** A reviewer (made once) working at the organisation of that name, or at none, named for the cohort on its staff page. */
    private long reviewer(long cohort, String email, String fullName, String organisation) {
        if (TestDatabase.count("SELECT COUNT(*) FROM account WHERE email = ?", email) == 0) {
            TestDatabase.execute("INSERT INTO account (email, full_name, password_hash, language, time_zone, enabled, "
                    + "created_at, version, organisation_id) SELECT ?, ?, password_hash, 'ru', 'Europe/Moscow', TRUE, NOW(6), 1, "
                    + "(SELECT id FROM organisation WHERE name = ?) FROM account WHERE email = 'expert1@example.org'",
                    email, fullName, organisation);
            TestDatabase.execute("INSERT INTO account_role (account_id, role) SELECT id, 'REVIEWER' FROM account WHERE email = ?",
                    email);
        }
        assertEquals(302, coordinator.submit("coordinator/staff.xhtml?cohort=" + cohort, "name",
                Map.of("email", email, "role", "REVIEWER"), "add").status());
        return TestDatabase.count("SELECT id FROM account WHERE email = ?", email);
    }

    private static long applicationOf(String email, long cohort) {
        return TestDatabase.count("SELECT a.id FROM application a JOIN account p ON p.id = a.applicant_id "
                + "WHERE p.email = ? AND a.cohort_id = ?", email, cohort);
    }

    @Test
    void webinarAttendanceIsMatchedToApplicantsByAddressAndTheRowsNotMatchedAreListed() {
        long cohort = cohortWithApplications("webinar");
        String csv = "\uFEFFИмя;E-mail;Время\n"
                + "Анна;" + address("webinar.a").toUpperCase(Locale.ROOT) + ";55 мин\n"
                + "Гость;" + TestRun.email("guest.only.webinar") + ";10 мин\n"
                + "Без адреса;;5 мин\n";
        String page = "coordinator/applications.xhtml?cohort=" + cohort;
        Page report = coordinator.upload(page, "import", "file", "webinar.csv", csv, "upload");
        assertEquals(200, report.status());
        assertEquals(List.of("Выгрузка загружена: совпали с заявителями — 1, без заявки — 1, строк без адреса — 1."), report.messages());
        assertEquals(List.of("Анна webinar"), report.texts(".import-report > ul:nth-of-type(1) > li"),
                "the applicant matched, by an address in another case");
        assertEquals(List.of("Строка 3 Гость · " + TestRun.email("guest.only.webinar") + " · 10 мин",
                "Строка 4: нет адреса электронной почты Без адреса · 5 мин"),
                report.texts(".import-report > ul:nth-of-type(2) > li"), "the rows that matched nobody");
        coordinator.upload(page, "import", "file", "webinar.csv", csv, "upload");
        assertEquals(2, TestDatabase.count("SELECT COUNT(*) FROM webinar_attendance WHERE cohort_id = ?", cohort),
                "kept by address, once however often imported");

        long anna = applicationOf(TestRun.email("webinar.a.selection"), cohort);
        Page application = coordinator.get("coordinator/application.xhtml?id=" + anna);
        assertEquals("Да — бонус при отборе", application.fact("Участие в программах агентства"));
        assertEquals("Да", application.fact("Заявитель официально работает в этой организации (трудовой договор)"),
                "the applicant's statements read in the third person");
        assertEquals("Да", application.fact("Заявитель отвечает за внешние коммуникации организации"));
        assertTrue(application.texts("h3").contains("Почему заявитель хочет пройти стажировку"));
    }

    @Test
    void theBonusTakesADecimalCommaAndSomethingElseIsRefusedInWordsWithTheFieldNamed() {
        long cohort = TestCohorts.newCohort(coordinator);
        String page = "coordinator/selection.xhtml?cohort=" + cohort;
        Map<String, String> terms = new HashMap<>(Map.of("development", "20", "transparency", "20", "motivation", "20",
                "plans", "20", "commitment", "20", "bonus", "1,5"));
        Page saved = coordinator.submit(page, "terms", terms, "save");
        assertEquals(302, saved.status(), saved.body());
        assertEquals("1.50", TestDatabase.text("SELECT involvement_bonus FROM selection_terms WHERE cohort_id = ?", cohort));
        assertEquals("1,50", coordinator.get(page).html().selectFirst("input[name=terms:bonus]").val(), "shown with a comma");

        terms.put("bonus", "полтора");
        Page refused = coordinator.submit(page, "terms", terms, "save");
        assertEquals(List.of("Бонус за участие: «полтора» — не число. Введите число, например 1,5 или 1.5."), refused.messages());
        assertEquals("1.50", TestDatabase.text("SELECT involvement_bonus FROM selection_terms WHERE cohort_id = ?", cohort),
                "nothing changed");
    }

    @Test
    void aReviewerIsNeverGivenTheirOwnOrganisationNorOneTheyDeclaredAConflictOn() {
        long cohort = cohortWithApplications("own");
        long insider = reviewer(cohort, TestRun.email("insider.selection"), "Ирина Инсайдер", "Балтийский центр гражданских инициатив");
        reviewer(cohort, TestRun.email("second.selection"), "Семён Второй", null);
        reviewer(cohort, TestRun.email("third.selection"), "Тимур Третий", null);
        long baltic = applicationOf(TestRun.email("own.a.selection"), cohort);

        Page refused = coordinator.submit("coordinator/application.xhtml?id=" + baltic, "choose",
                Map.of("reviewer", String.valueOf(insider)), "add");
        assertEquals(List.of("Ирина Инсайдер работает в организации заявителя и не может оценивать эту заявку."), refused.messages());
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM application_review WHERE application_id = ?", baltic));

        Page auto = coordinator.submit("coordinator/applications.xhtml?cohort=" + cohort, "assign", Map.of(), "auto");
        assertEquals(302, auto.status(), auto.body());
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM application_review WHERE application_id = ? AND reviewer_id = ?",
                baltic, insider));
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM application_review r JOIN application a ON a.id = r.application_id "
                + "WHERE a.cohort_id = ? AND a.eligible = FALSE", cohort), "the ineligible application is not reviewed");
        assertEquals(4, TestDatabase.count("SELECT COUNT(*) FROM (SELECT r.application_id FROM application_review r "
                + "JOIN application a ON a.id = r.application_id WHERE a.cohort_id = ? GROUP BY r.application_id "
                + "HAVING COUNT(*) >= 2) two", cohort), "every eligible application has two reviewers");

        long someone = TestDatabase.count("SELECT MIN(reviewer_id) FROM application_review WHERE application_id = ?", baltic);
        WebSession conflicted = signedIn(TestDatabase.text("SELECT email FROM account WHERE id = ?", someone));
        Page declared = conflicted.submit("reviewer/application.xhtml?id=" + baltic, "conflict",
                Map.of("note", "Дружу с директором"), "declare");
        assertEquals(302, declared.status(), declared.body());
        Page manual = coordinator.submit("coordinator/application.xhtml?id=" + baltic, "choose",
                Map.of("reviewer", String.valueOf(someone)), "add");
        assertEquals(List.of(TestDatabase.text("SELECT full_name FROM account WHERE id = ?", someone)
                + " заявил(а) о конфликте интересов по этой заявке."), manual.messages());
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM application_review WHERE application_id = ? "
                + "AND conflict_at IS NULL AND reviewer_id = ?", baltic, someone));
        assertEquals(List.of("конфликт интересов"), conflicted.get("reviewer/index.xhtml").html().select(".rows > li").stream()
                .filter(li -> li.selectFirst("a").attr("href").endsWith("reviewer/application.xhtml?id=" + baltic))
                .map(li -> li.select(".badge").text()).toList(), "the application's row in the reviewer's list");
    }

    @Test
    void scoresRankTheApplicationsAndPublishedDecisionsMakeTheAdmittedParticipants() throws Exception {
        long cohort = cohortWithApplications("rank");
        long r1 = reviewer(cohort, TestRun.email("judge.one.selection"), "Жюри Первый", null);
        long r2 = reviewer(cohort, TestRun.email("judge.two.selection"), "Жюри Второй", null);
        String rankingPage = "coordinator/selection.xhtml?cohort=" + cohort;
        String listPage = "coordinator/applications.xhtml?cohort=" + cohort;
        long rankingBefore = TestDatabase.statementsFor(coordinator, rankingPage);
        long listBefore = TestDatabase.statementsFor(coordinator, listPage);
        String[] people = {"a", "b", "c", "d"};
        int[][] scores = {{5, 5}, {3, 2}, {4, 4}, {1, 5}};
        for (int i = 0; i < people.length; i++) {
            long application = applicationOf(address("rank." + people[i]), cohort);
            for (long reviewer : new long[] {r1, r2}) {
                assertEquals(302, coordinator.submit("coordinator/application.xhtml?id=" + application, "choose",
                        Map.of("reviewer", String.valueOf(reviewer)), "add").status());
            }
            score(signedIn(TestRun.email("judge.one.selection")), application, scores[i][0]);
            score(signedIn(TestRun.email("judge.two.selection")), application, scores[i][1]);
        }
        Page empty = signedIn(TestRun.email("judge.one.selection")).submit("reviewer/application.xhtml?id="
                + applicationOf(TestRun.email("rank.a.selection"), cohort), "score", Map.of("comment", ""), "save");
        assertEquals(List.of("Поставьте оценку по каждому из пяти критериев."), empty.messages());

        assertEquals(rankingBefore, TestDatabase.statementsFor(coordinator, rankingPage),
                "the ranking costs the same with no scores and with eight");
        assertEquals(listBefore, TestDatabase.statementsFor(coordinator, listPage), "so does the list of applications");
        System.out.printf("SQL statements: ranking %d, applications %d%n", rankingBefore, listBefore);
        List<List<String>> ranking = coordinator.get(rankingPage).rows("table");
        assertEquals(List.of(List.of("Анна rank", "5.00 (2 из 2)"), List.of("Вера rank", "4.00 (2 из 2)"),
                List.of("Глеб rank", "3.00 (2 из 2) разброс 4.00"), List.of("Борис rank", "2.50 (2 из 2)")),
                ranking.stream().filter(row -> !row.get(1).startsWith("Марк")).map(row -> row.subList(1, 4)).map(row ->
                        List.of(row.get(0), row.get(2))).toList(), "by the reviewers' mean; 1 and 5 from the two are flagged");

        Page callOpen = coordinator.submit(rankingPage, "publish", Map.of("belowMinimum_input", "on"), "publish");
        assertEquals(1, callOpen.messages().size(), callOpen.messages().toString());
        assertTrue(callOpen.messages().get(0).startsWith("Приём заявок ещё открыт до ")
                && callOpen.messages().get(0).endsWith(" — результаты можно опубликовать после него."), callOpen.messages().get(0));
        Applying.closeCall(cohort);
        Page undecided = coordinator.submit(rankingPage, "publish", Map.of("belowMinimum_input", "on"), "publish");
        assertEquals(List.of("У 4 заявок, которые соответствуют условиям, ещё нет решения."), undecided.messages());

        decide(cohort, "rank.a", "admit");
        decide(cohort, "rank.c", "admit");
        decide(cohort, "rank.d", "waitlist");
        decide(cohort, "rank.b", "reject");
        for (String forged : List.of("1:MAYBE", "x:ADMITTED", "", "1:ADMITTED:2")) {
            Page refused = coordinator.submit(rankingPage, "decisions", Map.of("decide", forged), "decide");
            assertEquals(List.of("Такого решения нет — выберите его кнопкой в строке заявки."), refused.messages(), forged);
        }
        Page below = coordinator.submit(rankingPage, "publish", Map.of(), "publish");
        assertEquals(List.of("Принято 2 — меньше минимума в 30. Если так и нужно, отметьте подтверждение и опубликуйте снова."),
                below.messages());
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM application WHERE cohort_id = ? "
                + "AND decision_published_at IS NOT NULL", cohort), "nothing published without the confirmation");

        Page published = coordinator.submit(rankingPage, "publish", Map.of("belowMinimum_input", "on"), "publish");
        assertEquals(302, published.status(), published.body());
        assertEquals(5, TestDatabase.count("SELECT COUNT(*) FROM application WHERE cohort_id = ? "
                + "AND decision_published_at IS NOT NULL", cohort));
        assertEquals("REJECTED", TestDatabase.text("SELECT decision FROM application WHERE id = ?",
                applicationOf(TestRun.email("rank.m.selection"), cohort)), "the ineligible one is rejected");

        for (String admitted : List.of(TestRun.email("rank.a.selection"), TestRun.email("rank.c.selection"))) {
            assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM cohort_participant p JOIN account a ON a.id = p.account_id "
                    + "WHERE a.email = ? AND p.cohort_id = ?", admitted, cohort), admitted + " joined the cohort");
            assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM account_role r JOIN account a ON a.id = r.account_id "
                    + "WHERE a.email = ? AND r.role = 'PARTICIPANT'", admitted));
            assertEquals("Руководитель пресс-службы", TestDatabase.text("SELECT position FROM account WHERE email = ?", admitted),
                    "no re-entry: the position and organisation come from the application");
        }
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM account a JOIN organisation o ON o.id = a.organisation_id "
                + "WHERE a.email = ? AND o.ogrn = '1022500000005'", address("rank.c")));
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM cohort_participant p JOIN account a ON a.id = p.account_id "
                + "WHERE a.email IN (?, ?) AND p.cohort_id = ?", address("rank.b"), address("rank.d"), cohort));

        Page funnel = coordinator.get("coordinator/dashboard.xhtml?cohort=" + cohort);
        assertEquals(List.of("5", "4", "2", "0"), Stream.of("Подали заявку", "Соответствуют условиям", "Приняты в когорту",
                "Активны (команда сдавала работы)").map(step -> funnel.row(step).get(1)).toList(), "the funnel's numbers");
        assertEquals(1, coordinator.get("coordinator/teams.xhtml?cohort=" + cohort).texts("option").stream()
                .filter(option -> option.startsWith("Анна rank")).count(), "the admitted can be put in teams");
        WebSession anna = signedIn(TestRun.email("rank.a.selection"));
        assertTrue(anna.get("participant/index.xhtml").status() == 200, "signed in again, a participant");
        assertEquals(List.of("Вы приняты на стажировку!"), anna.get("apply/index.xhtml").texts("main li .notice strong"));
        assertEquals(List.of("Вы в листе ожидания: если освободится место, мы сообщим."),
                signedIn(TestRun.email("rank.d.selection")).get("apply/index.xhtml").texts("main li .notice strong"));

        MimeMessage decision = decisionMail(TestRun.email("rank.b.selection"));
        String name = TestDatabase.text("SELECT name FROM cohort WHERE id = ?", cohort);
        assertEquals(1, NotificationsIT.text(decision).lines().filter(line -> line.equals("Спасибо за заявку на «" + name
                + "». К сожалению, в этом году она не прошла отбор.")).count(), NotificationsIT.text(decision));
        assertEquals(1, NotificationsIT.text(decisionMail(TestRun.email("rank.a.selection"))).lines().filter(line -> line.equals(
                "Поздравляем — вы приняты на «" + name + "»! Войдите в Марафон: на странице участника — модули, команда и задания."))
                .count());

        decide(cohort, "rank.d", "admit");
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM cohort_participant p JOIN account a ON a.id = p.account_id "
                + "WHERE a.email = ? AND p.cohort_id = ?", address("rank.d"), cohort),
                "admitted from the waiting list after publication: a participant at once");
        assertEquals(2, TestMail.await(TestRun.email("rank.d.selection"), 3, PATIENCE).stream()
                .filter(m -> subjectOf(m).startsWith("Результаты отбора")).count(), "and told by mail");
    }

    private MimeMessage decisionMail(String email) throws InterruptedException {
        List<MimeMessage> mail = TestMail.await(email, 2, PATIENCE).stream()
                .filter(m -> subjectOf(m).startsWith("Результаты отбора")).toList();
        assertEquals(1, mail.size(), "one decision mail to " + email);
        return mail.get(0);
    }

    private static String subjectOf(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void score(WebSession reviewer, long application, int all) {
        String value = String.valueOf(all);
        Page saved = reviewer.submit("reviewer/application.xhtml?id=" + application, "score", Map.of("development", value,
                "transparency", value, "motivation", value, "plans", value, "commitment", value,
                "comment", "Оценка " + value + " <b>обоснована</b> 🙂"), "save");
        assertEquals(302, saved.status(), saved.body());
    }

    private void decide(long cohort, String login, String button) {
        String page = "coordinator/selection.xhtml?cohort=" + cohort;
        Page ranking = coordinator.get(page);
        long application = applicationOf(address(login), cohort);
        String decision = switch (button) {
            case "admit" -> "ADMITTED";
            case "waitlist" -> "WAITLISTED";
            default -> "REJECTED";
        };
        // The row's button: the form's decision command, with the application and the decision as its value.
        assertTrue(ranking.has("button[name=decisions:decide][value=" + application + ":" + decision + "]"), ranking.body());
        Page decided = coordinator.submit(page, "decisions", Map.of("decide", application + ":" + decision), "decide");
        assertEquals(302, decided.status(), decided.body());
    }

    private WebSession signedIn(String email) {
        WebSession s = new WebSession(base);
        s.signIn(email, DemoCohort.PASSWORD);
        return s;
    }
}
