package org.csomarathon.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.csomarathon.demo.DemoCohort;
import org.csomarathon.it.WebSession.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The foundation end to end over HTTP: start-up, demo data, sign-in, roles, languages, errors, health. */
@MarathonIT
class FoundationIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.marathon();
    }

    private static final Pattern STACK_FRAME = Pattern.compile("\\bat [\\w.$]+\\(\\w+\\.java:\\d+\\)");

    @ArquillianResource
    URL base;

    @BeforeEach
    void deployedUnderItsContextRoot() {
        // A failed deployment still gives a URL, without the context root: say so plainly.
        assertEquals("/marathon/", base.getPath(), "Marathon was not deployed; read the Payara Micro log above");
    }

    @Test
    void signInPageIsInRussianByDefault() {
        Page page = new WebSession(base).get("signin.xhtml");
        assertEquals(200, page.status());
        assertEquals("ru", page.html().selectFirst("html").attr("lang"));
        assertEquals("Вход", page.heading());
    }

    @Test
    void readinessIsUpWithTheDatabaseReachableAndTheSchemaMigratedAndSaysNothingMoreToAnyone() {
        Page ready = new WebSession(base).getFromRoot("/health/ready");
        assertEquals(200, ready.status());
        assertEquals("UP", json(ready, "status"));
        assertFalse(ready.body().replace("\"data\":{}", "").contains("\"data\""), "no details in public: " + ready.body());
        String live = new WebSession(base).getFromRoot("/health/live").body();
        assertFalse(live.replace("\"data\":{}", "").contains("\"data\""), "no heap figures in public: " + live);
        WebSession admin = new WebSession(base);
        admin.signIn("admin@example.org", DemoCohort.PASSWORD);
        assertTrue(admin.get("admin/system.xhtml").texts("dd").contains(String.valueOf(newestMigration())),
                "the schema's version is the administrator's to read");
    }

    /** The highest version among the migrations in sql/. */
    private static int newestMigration() {
        try (Stream<Path> files = Files.list(Path.of("sql"))) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                    .max().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void livenessAndMetricsAnswer() {
        WebSession anyone = new WebSession(base);
        assertEquals("UP", json(anyone.getFromRoot("/health/live"), "status"));
        Page metrics = anyone.getFromRoot("/metrics");
        assertEquals(200, metrics.status());
        assertEquals(1, metrics.body().lines().filter(line -> line.startsWith("jvm_uptime_seconds{")).count(), metrics.body());
    }

    /** The first value of the named member in a health answer's JSON (the overall status comes first). */
    private static String json(Page answer, String member) {
        Matcher value = Pattern.compile("\"" + member + "\":\"([^\"]*)\"").matcher(answer.body());
        assertTrue(value.find(), member + " in " + answer.body());
        return value.group(1);
    }

    @Test
    void withNextYearsCallOpenDuringThisYearsStage1EveryPageWithoutACohortShowsTheRightOne() {
        long thisYear = TestCohorts.demoCohort();
        long nextYear = TestCohorts.demoCallCohort();
        String thisName = TestDatabase.text("SELECT name FROM cohort WHERE id = ?", thisYear);
        String nextName = TestDatabase.text("SELECT name FROM cohort WHERE id = ?", nextYear);
        WebSession coordinator = new WebSession(base);
        coordinator.signIn("coordinator@example.org", DemoCohort.PASSWORD);

        Document home = Jsoup.parse(coordinator.get("coordinator/index.xhtml").body());
        assertEquals(thisName, home.selectFirst("#cohort-picker option[selected]").text(), "the current cohort: in stage 1");
        assertEquals("Модули — " + thisName, Jsoup.parse(coordinator.get("coordinator/modules.xhtml").body())
                .selectFirst("h1").text());
        assertEquals(ids("SELECT id FROM assignment WHERE module_id IN (SELECT id FROM weekly_module "
                        + "WHERE cohort_id = ?) ORDER BY id", thisYear),
                Jsoup.parse(coordinator.get("coordinator/queue.xhtml").body()).select("select[name=assignment] option[value~=\\d]")
                        .eachAttr("value").stream().sorted().toList(), "the queue filter offers this year's work");
        Page issued = coordinator.submit("account/calendar.xhtml", "feed", Map.of(), "issue");
        Matcher feedUrl = Pattern.compile("calendar/feed\\.ics\\?token=([A-Za-z0-9_-]+)").matcher(issued.body());
        assertTrue(feedUrl.find(), issued.body());
        String feed = new WebSession(base).get("calendar/feed.ics?token=" + feedUrl.group(1)).body().replace("\r\n ", "");
        List<String> modulesInFeed = Pattern.compile("module\\.xhtml\\?id=(\\d+)").matcher(feed).results()
                .map(m -> m.group(1)).distinct().sorted().toList();
        assertEquals(ids("SELECT id FROM weekly_module WHERE cohort_id = ? ORDER BY id", thisYear), modulesInFeed,
                "the coordinator's calendar: this year's six weeks");
        coordinator.submit("account/calendar.xhtml", "feed", Map.of(), "revoke");

        List<String> openCalls = TestDatabase.texts("SELECT name FROM cohort WHERE application_deadline > UTC_TIMESTAMP(6) "
                + "AND (call_opens IS NULL OR call_opens <= DATE(UTC_TIMESTAMP() + INTERVAL 3 HOUR)) ORDER BY application_deadline");
        assertTrue(openCalls.contains(nextName), "next year's call is open: " + openCalls);
        Document call = Jsoup.parse(new WebSession(base).get("call.xhtml").body());
        assertEquals("Конкурсный отбор — " + openCalls.get(0), call.selectFirst("h1").text(), "the call closing first");
        assertEquals("Конкурсный отбор — " + nextName, Jsoup.parse(new WebSession(base).get("call.xhtml?cohort=" + nextYear)
                .body()).selectFirst("h1").text());

        coordinator.get("coordinator/gate.xhtml?cohort=" + nextYear);
        assertEquals("Модули — " + nextName, Jsoup.parse(coordinator.get("coordinator/modules.xhtml").body())
                .selectFirst("h1").text(), "the cohort picked is remembered for the session");
        assertEquals(nextName, Jsoup.parse(coordinator.get("coordinator/dashboard.xhtml").body())
                .selectFirst("#cohort-picker option[selected]").text());
        assertEquals(404, coordinator.get("coordinator/gate.xhtml?cohort=999999999").status());
    }

    @Test
    void everyPageGivesTheNotFoundPageForAMalformedOrUnknownRecordInItsAddress() {
        long cohort = TestCohorts.demoCohort();
        Map<String, List<String>> pagesBy = Map.of(
                "participant05@example.org", List.of("participant/assignment.xhtml?id=", "participant/module.xhtml?id=",
                        "submissions/version.xhtml?id="),
                "expert1@example.org", List.of("expert/review.xhtml?id="),
                "coordinator@example.org", List.of("coordinator/module.xhtml?id=", "coordinator/team.xhtml?id=",
                        "coordinator/dashboard.xhtml?cohort=", "coordinator/gate.xhtml?cohort=",
                        "coordinator/selection.xhtml?cohort=" + cohort + "&first=",
                        "coordinator/progress.xhtml?cohort=" + cohort + "&first="));
        List<String> answers = new ArrayList<>();
        pagesBy.forEach((email, pages) -> {
            WebSession person = new WebSession(base);
            person.signIn(email, DemoCohort.PASSWORD);
            for (String page : pages) {
                for (String bad : List.of("abc", "-1", "99999999999999999999", "999999999")) {
                    if (page.contains("first=") && bad.equals("999999999")) {
                        continue;  // a position past the end is an empty page of the list, not a missing record
                    }
                    Page answer = person.get(page + bad);
                    Document body = Jsoup.parse(answer.body());
                    answers.add(page + bad + " → " + answer.status() + " " + body.selectFirst("h1").text());
                }
            }
        });
        assertEquals(List.of(), answers.stream().filter(a -> !a.endsWith(" → 404 Страница не найдена")).toList());
        assertEquals(38, answers.size(), "8 pages × 4 kinds of bad id, 2 lists × 3 kinds of bad position");
        assertEquals(404, signedInAs("coordinator@example.org").get("coordinator/module.xhtml").status(), "no id at all");
    }

    private WebSession signedInAs(String email) {
        WebSession person = new WebSession(base);
        person.signIn(email, DemoCohort.PASSWORD);
        return person;
    }

    private static List<String> ids(String sql, long cohort) {
        return TestDatabase.texts(sql, cohort).stream().sorted().toList();
    }

    @Test
    void demoCohortHoldsThirtySixParticipantsInNineTeamsOfFour() {
        long cohort = TestCohorts.demoCohort();
        assertEquals(36, TestDatabase.count("SELECT COUNT(*) FROM cohort_participant p JOIN account a ON a.id = p.account_id "
                + "WHERE p.cohort_id = ? AND a.email LIKE '%@example.org'", cohort), "admitted at the replayed intake");
        assertEquals(List.of("4", "4", "4", "4", "4", "4", "4", "4", "4"), TestDatabase.texts("SELECT COUNT(*) FROM team t "
                + "JOIN team_membership m ON m.team_id = t.id AND m.left_at IS NULL JOIN account a ON a.id = m.account_id "
                + "WHERE t.cohort_id = ? AND a.email LIKE '%@example.org' GROUP BY t.id", cohort));
        assertEquals(DemoCohort.people().size() + DemoCohort.alumni().size() + DemoCohort.APPLICANTS.size(),
                TestDatabase.count("SELECT COUNT(*) FROM account WHERE email LIKE '%@example.org'"),
                "demo data loaded more than once or only in part");
    }

    @Test
    void coordinatorSignsInAndLandsOnTheCohortOverview() {
        WebSession coordinator = new WebSession(base);
        Page afterSignIn = coordinator.signIn("coordinator@example.org", DemoCohort.PASSWORD);
        assertEquals(302, afterSignIn.status(), afterSignIn.body());
        assertTrue(afterSignIn.location().orElseThrow().endsWith("/coordinator/index.xhtml"), afterSignIn.location().toString());
        Page home = coordinator.get("coordinator/index.xhtml");
        assertEquals(200, home.status());
        assertEquals("36", home.text("#participants"));
        assertEquals("9", home.text("#teams"));
        assertEquals(List.of("Маяк"), home.texts("a").stream().filter("Маяк"::equals).toList(), "teams are listed");
    }

    @Test
    void homePagesIssueAFewStatementsWhateverTheNumberOfTeamsAndPeople() {
        for (String[] home : new String[][] {{"coordinator@example.org", "coordinator/index.xhtml"},
                {"expert1@example.org", "expert/index.xhtml"}, {"participant05@example.org", "participant/index.xhtml"}}) {
            WebSession person = new WebSession(base);
            person.signIn(home[0], DemoCohort.PASSWORD);
            long statements = TestDatabase.statementsFor(person, home[1]);
            System.out.println("SQL statements for " + home[1] + ": " + statements);
            // The quality budget (quality.md) is 12 per page at any size; before the fetch hint these took 38.
            assertTrue(statements <= 12, home[1] + " issued " + statements + " SQL statements for 9 teams of 4");
        }
    }

    @Test
    void sessionIdChangesAtSignIn() {
        WebSession participant = new WebSession(base);
        participant.get("signin.xhtml");
        String before = participant.sessionId().orElseThrow();
        participant.signIn("participant01@example.org", DemoCohort.PASSWORD);
        assertNotEquals(before, participant.sessionId().orElseThrow());
    }

    @Test
    void participantPageTypedByAnExpertGivesTheForbiddenPageInTheExpertsLanguage() {
        WebSession expert = new WebSession(base);
        expert.signIn("expert3@example.org", DemoCohort.PASSWORD);
        Page refused = expert.get("participant/index.xhtml");
        assertEquals(403, refused.status());
        assertEquals("Доступ запрещён", refused.heading());

        expert.submit("expert/index.xhtml", "tools", Map.of(), "en");
        Page refusedInEnglish = expert.get("participant/index.xhtml");
        assertEquals(403, refusedInEnglish.status());
        assertEquals("Access denied", refusedInEnglish.heading());

        expert.submit("expert/index.xhtml", "tools", Map.of(), "ru");
        assertEquals("Эксперту", expert.get("expert/index.xhtml").heading(), "language choice is remembered");
    }

    @Test
    void anonymousVisitorOfAnyRoleFolderIsSentToSignIn() {
        for (String folder : List.of("apply", "participant", "expert", "reviewer", "coordinator", "admin", "account")) {
            Page page = new WebSession(base).get(folder + "/index.xhtml");
            assertEquals(302, page.status(), folder);
            assertEquals(base.getPath() + "signin.xhtml", URI.create(page.location().orElseThrow()).getPath(), folder);
        }
    }

    @Test
    void repeatedFailedSignInsAreSlowedDown() {
        String email = TestRun.email("guessed.foundation");
        TestCohorts.newParticipant(email, "Гордей Угадываемый", "ru", "Europe/Moscow");
        WebSession guesser = new WebSession(base);
        for (int attempt = 1; attempt <= 5; attempt++) {
            Page failed = guesser.signIn(email, "wrong-password-" + attempt);
            assertEquals(List.of("Неверная электронная почта или пароль."), failed.messages(), "attempt " + attempt);
        }
        Page throttled = guesser.signIn(email, DemoCohort.PASSWORD);
        assertEquals(200, throttled.status(), "even the right password waits");
        assertEquals(1, throttled.messages().size(), throttled.messages().toString());
        assertTrue(throttled.messages().get(0).matches("Слишком много неудачных попыток входа\\. Повторите через \\d{1,2} с\\."),
                throttled.messages().get(0));
    }

    @Test
    void responsesCarrySecurityHeaders() {
        Page page = new WebSession(base).get("signin.xhtml");
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElseThrow());
        assertTrue(List.of(page.headers().firstValue("Content-Security-Policy").orElseThrow().split(";\\s*"))
                .contains("frame-ancestors 'none'"), "the policy's directives");
        assertEquals(List.of(), page.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> !List.of(cookie.split(";\\s*")).contains("HttpOnly")).toList(), "cookies without HttpOnly");
        List<String> session = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).toList();
        assertEquals(1, session.size(), page.headers().allValues("Set-Cookie").toString());
        assertTrue(List.of(session.get(0).toLowerCase(Locale.ROOT).split(";\\s*")).contains("samesite=lax"),
                "the session cookie (attribute values ignore case): " + session.get(0));
    }

    @Test
    void theSessionCookieIsSecureWhenTheRequestCameOverHttpsAndOnlyThen() {
        assertEquals(List.of(), sessionCookieAttributes(new WebSession(base).get("signin.xhtml")).stream()
                .filter("secure"::equals).toList(), "over plain HTTP the cookie could not come back if it were Secure");
        assertTrue(sessionCookieAttributes(new WebSession(base).getBehindHttps("signin.xhtml")).contains("secure"),
                "behind a proxy that ended HTTPS");
    }

    private static List<String> sessionCookieAttributes(Page page) {
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + page.headers().map()));
        return List.of(cookie.toLowerCase(Locale.ROOT).split(";\\s*"));
    }

    @Test
    void aFormLargerThanTheServerTakesGetsTheLimitInWordsNotTheErrorPage() throws IOException {
        // A raw request: its Content-Length announces 60 MB, and the answer comes before any of it is read.
        try (Socket socket = new Socket("127.0.0.1", base.getPort())) {
            socket.setSoTimeout(20_000);
            String request = "POST " + base.getPath() + "signin.xhtml HTTP/1.1\r\nHost: 127.0.0.1:" + base.getPort()
                    + "\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: 60000000\r\nConnection: close\r\n\r\n--b\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            // The head of the answer only: the server may keep the connection to drain the body it refused.
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            List<String> head = new ArrayList<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                head.add(line.toLowerCase());
            }
            assertTrue(head.get(0).startsWith("http/1.1 303"), head.toString());
            assertTrue(head.contains("location: " + base.getPath() + "error/too-large.xhtml"), head.toString());
        }
        Page page = new WebSession(base).get("error/too-large.xhtml");
        assertEquals("Слишком большой файл", page.heading());
        assertEquals("За один раз можно отправить не больше 51 МБ, а файл задания — не больше, чем указано в задании. "
                + "Ничего не сохранено: вернитесь на страницу и выберите файл поменьше (большой документ можно сжать или "
                + "разделить).", page.text(".error-page p:first-child"));
    }

    @Test
    void unknownPageGivesTheLocalizedNotFoundPage() {
        Page page = new WebSession(base).get("no-such-page.xhtml");
        assertEquals(404, page.status());
        assertEquals("Страница не найдена", page.heading());
    }

    @Test
    void formPostedFromAnExpiredPageOpensTheSamePageAfreshSayingNothingWasSaved() {
        WebSession visitor = new WebSession(base);
        visitor.get("signin.xhtml?signedOut=true");
        Page expired = visitor.post("signin.xhtml?signedOut=true", "signin",
                Map.of("email", "anna@example.org", "password", "whatever-it-is"), "submit", "-1:-1");
        assertEquals(302, expired.status(), "not the error page");
        assertEquals(base.getPath() + "signin.xhtml?signedOut=true", URI.create(expired.location().orElseThrow()).getPath()
                + "?" + URI.create(expired.location().orElseThrow()).getQuery(), "the same page, with its address");
        Page afresh = visitor.get("signin.xhtml?signedOut=true");
        assertEquals(List.of("Страница устарела, пока была открыта, и отправленное не сохранено. Вот она заново — повторите, "
                + "пожалуйста."), afresh.messages());
        assertTrue(!STACK_FRAME.matcher(afresh.body()).find(), "no stack trace is shown");
    }

    @Test
    void administratorCreatesAnAccountWhoseRoleDecidesItsPages() {
        String email = TestRun.email("olesya.foundation");
        WebSession admin = new WebSession(base);
        admin.signIn("admin@example.org", DemoCohort.PASSWORD);
        Page created = admin.submit("admin/index.xhtml", "create", Map.of(
                "fullName", "Олеся Тестова", "email", email, "password", "long-enough-1",
                "roles", "APPLICANT", "language", "en", "zone_input", "Asia/Omsk"), "create");
        assertEquals(302, created.status(), created.body());
        assertEquals(base.getPath() + "admin/account.xhtml?id=" + TestDatabase.count("SELECT id FROM account WHERE email = ?", email),
                URI.create(created.location().orElseThrow()).getPath() + "?" + URI.create(created.location().orElseThrow()).getQuery());

        WebSession applicant = new WebSession(base);
        Page landed = applicant.signIn(email, "long-enough-1");
        assertTrue(landed.location().orElseThrow().endsWith("/apply/index.xhtml"));
        Page home = applicant.get("apply/index.xhtml");
        assertEquals("en", home.html().selectFirst("html").attr("lang"), "the account's language");
        assertEquals("Times shown in: Omsk, UTC+6", home.text("footer"), "the account's time zone is named");
        assertEquals(403, applicant.get("coordinator/index.xhtml").status());
    }

    @Test
    void aChangeOfRolesOrABlockAppliesAtThePersonsNextRequest() {
        String email = TestRun.email("roles.foundation");
        WebSession admin = new WebSession(base);
        admin.signIn("admin@example.org", DemoCohort.PASSWORD);
        assertEquals(302, admin.submit("admin/index.xhtml", "create", Map.of("fullName", "Роман Ролевой", "email", email,
                "password", "long-enough-1", "roles", "APPLICANT", "language", "ru", "zone_input", "Europe/Moscow"), "create").status());
        String account = "admin/account.xhtml?id=" + TestDatabase.count("SELECT id FROM account WHERE email = ?", email);
        WebSession person = new WebSession(base);
        person.signIn(email, "long-enough-1");
        assertEquals(200, person.get("apply/index.xhtml").status());

        assertEquals(302, admin.submit(account, "account", Map.of("fullName", "Роман Ролевой", "roles", "EXPERT", "enabled_input", "on"),
                "save").status());
        assertEquals(403, person.get("apply/index.xhtml").status(), "the applicant's pages closed at the next request");
        assertEquals(200, person.get("expert/index.xhtml").status(), "the expert's open without signing in again");

        assertEquals(302, admin.submit(account, "account", Map.of("fullName", "Роман Ролевой", "roles", "EXPERT"), "save").status());
        Page blocked = person.get("expert/index.xhtml");
        assertEquals(302, blocked.status(), "blocked: signed out at the next request");
        assertEquals(base.getPath() + "signin.xhtml", URI.create(blocked.location().orElseThrow()).getPath());
        assertEquals(List.of("ROLES_CHANGED EXPERT", "SIGN_IN_BLOCKED "), TestDatabase.texts("SELECT CONCAT(action, ' ', "
                + "COALESCE(outcome, '')) FROM audit_entry WHERE subject = ? ORDER BY id", "Роман Ролевой"),
                "both changes in the decision log");
    }

    @Test
    void theServerListensOnLoopbackOnlyAndOpensNoDataGridPort() throws Exception {
        List<String> heard = ListeningSockets.ofProcessListeningOn(base.getPort()).stream()
                .map(ListeningSockets.Listening::readable).sorted().toList();
        assertTrue(heard.contains("loopback:" + base.getPort()), heard.toString());
        assertEquals(List.of(), heard.stream().filter(a -> !a.startsWith("loopback:")).toList(),
                "nothing of the server is reachable from another machine (Hazelcast bound *:6900 before)");
    }

    @Test
    void personChangesTheirPasswordOnlyWithTheCurrentOne() {
        String email = TestRun.email("password.foundation");
        TestCohorts.newParticipant(email, "Павел Парольный", "ru", "Europe/Moscow");
        WebSession participant = new WebSession(base);
        participant.signIn(email, DemoCohort.PASSWORD);
        Page refused = participant.submit("account/preferences.xhtml", "password",
                Map.of("current", "not-my-password", "new", "a-new-password-27"), "change");
        assertEquals(List.of("Текущий пароль указан неверно; пароль не изменён."), refused.messages());
        Page tooShort = participant.submit("account/preferences.xhtml", "password",
                Map.of("current", DemoCohort.PASSWORD, "new", "short"), "change");
        assertEquals(List.of("Пароль должен быть не короче 10 символов."), tooShort.messages());
        assertEquals(302, participant.submit("account/preferences.xhtml", "password",
                Map.of("current", DemoCohort.PASSWORD, "new", "a-new-password-27"), "change").status());

        assertEquals(List.of("Неверная электронная почта или пароль."), new WebSession(base).signIn(email, DemoCohort.PASSWORD)
                .messages(), "the old password no longer works");
        assertTrue(new WebSession(base).signIn(email, "a-new-password-27").location()
                .orElseThrow().endsWith("/participant/index.xhtml"));
    }

    @Test
    void accountWithATakenEmailIsRefusedWithAReasonAndNothingChanges() {
        long before = TestDatabase.count("SELECT COUNT(*) FROM account WHERE full_name = 'Двойник'");
        WebSession admin = new WebSession(base);
        admin.signIn("admin@example.org", DemoCohort.PASSWORD);
        Page refused = admin.submit("admin/index.xhtml", "create", Map.of(
                "fullName", "Двойник", "email", "Expert1@Example.org ", "password", "long-enough-1",
                "roles", "EXPERT", "language", "ru", "zone_input", "Europe/Moscow"), "create");
        assertEquals(200, refused.status());
        assertEquals(List.of("Учётная запись с адресом expert1@example.org уже есть."), refused.messages());
        assertEquals(before, TestDatabase.count("SELECT COUNT(*) FROM account WHERE full_name = 'Двойник'"));
    }

    @Test
    void administratorCannotTakeAwayTheirOwnAdministratorRole() {
        long adminId = TestDatabase.count("SELECT id FROM account WHERE email = 'admin@example.org'");
        WebSession admin = new WebSession(base);
        admin.signIn("admin@example.org", DemoCohort.PASSWORD);
        Page refused = admin.submit("admin/account.xhtml?id=" + adminId, "account",
                Map.of("fullName", "Андрей Павлович Ковалёв", "roles", "COORDINATOR", "enabled_input", "on"), "save");
        assertEquals(List.of("Нельзя запретить вход самому себе или снять с себя роль администратора: вы потеряете доступ."), refused.messages());
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM account_role WHERE account_id = ? AND role = 'ADMIN'", adminId));
    }
}
