package org.csomarathon.it;

import static org.csomarathon.it.TeamWork.hoursFromNow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.csomarathon.demo.DemoCohort;
import org.csomarathon.it.WebSession.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** E-mail through the outbox, delivered to a real SMTP server (GreenMail) in the test. */
@MarathonIT
class NotificationsIT {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.marathon();
    }

    @ArquillianResource
    URL base;

    private static long sharedCohort;

    private WebSession coordinator;

    @BeforeEach
    void coordinatorSignedIn() {
        assertEquals("/marathon/", base.getPath(), "Marathon was not deployed; read the Payara Micro log above");
        coordinator = signedIn("coordinator@example.org");
    }

    @Test
    void aSubmissionGivesEachMemberExactlyOneReceiptInTheirLanguageWithTheTimeInTheirZone() throws Exception {
        String english = TestRun.email("emily.receipt.notify");
        TestCohorts.newParticipant(english, "Emily Watson", "en", "Asia/Vladivostok");
        String russian = TestRun.email("sardana.receipt.notify");
        TestCohorts.newParticipant(russian, "Сардана Петровна Иванова", "ru", "Asia/Yakutsk");
        TestCohorts.addTeam(coordinator, sharedCohort(), "Почта", List.of(english, russian));
        String title = assignmentTitle(sharedCohort(), "Квитанция");
        long assignment = TestDatabase.count("SELECT id FROM assignment WHERE title = ?", title);
        WebSession member = signedIn(russian);

        String receipt = TeamWork.submit(member, assignment, "Наш ответ");
        TeamWork.submit(member, assignment, "Наш ответ");  // the same draft again, as a double click
        long version = TestDatabase.count("SELECT v.id FROM submission_version v JOIN submission s ON s.id = v.submission_id "
                + "WHERE s.assignment_id = ?", assignment);
        assertTrue(receipt.endsWith("id=" + version), receipt);

        MimeMessage en = only(english, title);
        assertEquals("Version 1 of “" + title + "” received", en.getSubject());
        String enText = text(en);
        assertTrue(enText.startsWith("Hello Emily Watson,") && enText.contains("(Vladivostok, UTC+10)")
                && enText.contains("http://localhost:8080/submissions/version.xhtml?id=" + version), enText);
        MimeMessage ru = only(russian, title);
        assertEquals("Версия 1 задания «" + title + "» получена", ru.getSubject());
        assertEquals("Asia/Yakutsk", TestDatabase.text("SELECT time_zone FROM account WHERE email = ?", russian));
        assertTrue(text(ru).contains("здравствуйте!") && text(ru).contains("(Якутск, UTC+9)"), text(ru));
        assertTrue(html(ru).contains("<a href=\"http://localhost:8080/submissions/version.xhtml?id=" + version + "\">"));
        assertEquals(2, TestDatabase.count("SELECT COUNT(*) FROM notice WHERE link = ?",
                "submissions/version.xhtml?id=" + version), "a notice for each member too");
    }

    @Test
    @ServerLogsFailures(1)
    void anActionRolledBackSendsNothingAndLeavesNoMessage() throws Exception {
        String english = TestRun.email("emily.rollback.notify");
        long englishId = TestCohorts.newParticipant(english, "Emily Rollback", "en", "Europe/London");
        String russian = TestRun.email("rollback.notify");
        TestCohorts.newParticipant(russian, "Ростислав Откатов", "ru", "Europe/Moscow");
        TestCohorts.addTeam(coordinator, sharedCohort(), "Откат", List.of(english, russian));
        String title = assignmentTitle(sharedCohort(), "Откат");
        long assignment = TestDatabase.count("SELECT id FROM assignment WHERE title = ?", title);
        WebSession member = signedIn(russian);
        String work = "participant/assignment.xhtml?id=" + assignment;
        Page page = member.get(work);

        // The database refuses the second member's notice: the submission's transaction fails as a whole.
        TestDatabase.execute("CREATE TRIGGER test_refuse_notice BEFORE INSERT ON notice FOR EACH ROW BEGIN "
                + "IF NEW.account_id = " + englishId + " THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused by the test'; "
                + "END IF; END");
        Page failed;
        try {
            failed = member.post(work, "work", TeamWork.asSentFrom(page, TeamWork.statementAnd("Не дойдёт", "")), "submit",
                    page.viewState());
        } finally {
            TestDatabase.execute("DROP TRIGGER test_refuse_notice");
        }
        assertNotEquals(302, failed.status());
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM submission_version v JOIN submission s "
                + "ON s.id = v.submission_id WHERE s.assignment_id = ?", assignment), "no action");
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM outbox_message WHERE subject LIKE ?", "%" + title + "%"),
                "no message");
        Thread.sleep(2500);  // the schedule runs every second in the tests
        assertEquals(0, TestMail.to(russian).stream().filter(m -> subject(m).contains(title)).count());
    }

    @Test
    void whileTheMailServerIsDownTheMessageWaitsAndIsDeliveredOnceWhenItReturns() throws Exception {
        String russian = TestRun.email("outage.notify");
        TestCohorts.newParticipant(russian, "Софья Сбоева", "ru", "Europe/Moscow");
        TestCohorts.addTeam(coordinator, sharedCohort(), "Сбой почты", List.of(russian));
        String title = assignmentTitle(sharedCohort(), "Сбой");
        long assignment = TestDatabase.count("SELECT id FROM assignment WHERE title = ?", title);
        WebSession member = signedIn(russian);

        TestMail.down();
        try {
            TeamWork.submit(member, assignment, "Ответ при сбое почты");
            long message = TestDatabase.count("SELECT id FROM outbox_message WHERE subject LIKE ?", "%" + title + "%");
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (TestDatabase.count("SELECT COUNT(*) FROM outbox_attempt WHERE message_id = ? AND NOT succeeded", message) == 0
                    && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertTrue(TestDatabase.count("SELECT COUNT(*) FROM outbox_attempt WHERE message_id = ? AND NOT succeeded",
                    message) >= 1, "a failed attempt is recorded");
            assertEquals("PENDING", TestDatabase.text("SELECT state FROM outbox_message WHERE id = ?", message));
        } finally {
            TestMail.up();
        }
        only(russian, title);
        long message = TestDatabase.count("SELECT id FROM outbox_message WHERE subject LIKE ?", "%" + title + "%");
        assertEquals("SENT", TestDatabase.text("SELECT state FROM outbox_message WHERE id = ?", message));
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM outbox_attempt WHERE message_id = ? AND succeeded", message));
    }

    @Test
    void mailTextsAttemptsAndReminderKeysOlderThanTheRetentionArePurgedByTheScheduleAndNothingNewer() throws Exception {
        long recipient = TestCohorts.newParticipant(TestRun.email("emily.retention.notify"), "Emily Retention", "en",
                "Europe/London");
        String label = TestRun.email("retention.notify");
        Map<String, LocalDateTime> ages = Map.of("old", at(TestClock.now().minus(Duration.ofDays(401))),
                "recent", at(TestClock.now().minus(Duration.ofDays(399))));
        for (Map.Entry<String, LocalDateTime> age : ages.entrySet()) {
            TestDatabase.execute("INSERT INTO outbox_message (kind, recipient_id, to_address, language, subject, body_text, "
                    + "body_html, state, attempts, next_attempt_at, created_at, sent_at) VALUES ('SUBMISSION_RECEIPT', ?, ?, "
                    + "'ru', ?, 'Текст', '<p>Текст</p>', 'SENT', 1, ?, ?, ?)", recipient, label, age.getKey() + " " + label,
                    age.getValue(), age.getValue(), age.getValue());
            TestDatabase.execute("INSERT INTO outbox_attempt (message_id, attempted_at, succeeded) SELECT id, ?, TRUE "
                    + "FROM outbox_message WHERE subject = ?", age.getValue(), age.getKey() + " " + label);
            TestDatabase.execute("INSERT INTO reminder_sent (reminder_key, sent_at) VALUES (?, ?)", age.getKey() + ":" + label,
                    age.getValue());
        }
        String oldText = "SELECT CONCAT(subject, '/', body_text, '/', body_html) FROM outbox_message WHERE subject = ?";
        for (int i = 0; i < 100 && !TestDatabase.text(oldText, "old " + label).endsWith("//"); i++) {
            Thread.sleep(100);
        }
        assertEquals("old " + label + "//", TestDatabase.text(oldText, "old " + label),
                "a mail sent 401 days ago keeps its recipient, subject and time, not its text");
        assertEquals("recent " + label + "/Текст/<p>Текст</p>", TestDatabase.text(oldText, "recent " + label));
        assertEquals(List.of("recent"), TestDatabase.texts("SELECT SUBSTRING_INDEX(m.subject, ' ', 1) FROM outbox_attempt a "
                + "JOIN outbox_message m ON m.id = a.message_id WHERE m.to_address = ?", label), "delivery attempts");
        assertEquals(List.of("recent:" + label), TestDatabase.texts("SELECT reminder_key FROM reminder_sent "
                + "WHERE reminder_key LIKE ?", "%:" + label), "reminder keys");
    }

    private static LocalDateTime at(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    @Test
    void twoSendersAtOnceNeverSendOneMessageTwice() throws Exception {
        String address = TestRun.email("many.notify");
        long recipient = TestCohorts.newParticipant(TestRun.email("emily.many.notify"), "Emily Many", "en", "Europe/London");
        TestDatabase.execute("SET STATEMENT max_recursive_iterations = 1000 FOR INSERT INTO outbox_message (kind, recipient_id, "
                + "to_address, language, subject, body_text, body_html, state, attempts, next_attempt_at, created_at) "
                + "SELECT 'SUBMISSION_RECEIPT', ?, ?, 'ru', CONCAT('Пакет ', i), 'Текст', '<p>Текст</p>', 'PENDING', 0, "
                + "UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                + "WHERE i < 60) SELECT i FROM n) numbers", recipient, address);

        // Six administrators press "send now" at the same moment, beside the schedule's own sender.
        List<WebSession> admins = new ArrayList<>();
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            WebSession admin = signedIn("admin@example.org");
            admins.add(admin);
            pages.add(admin.get("admin/outbox.xhtml"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(admins.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Page>> pressed = new ArrayList<>();
        for (int i = 0; i < admins.size(); i++) {
            WebSession admin = admins.get(i);
            Page page = pages.get(i);
            pressed.add(pool.submit(() -> {
                start.await();
                return admin.post("admin/outbox.xhtml", "send", Map.of(), "now", page.viewState());
            }));
        }
        start.countDown();
        for (Future<Page> f : pressed) {
            assertEquals(302, f.get().status(), f.get().body());
        }
        pool.shutdown();

        List<MimeMessage> received = TestMail.await(address, 60, PATIENCE);
        Thread.sleep(2500);  // a duplicate would arrive within two runs of the schedule
        received = TestMail.to(address);
        Set<String> ids = new HashSet<>();
        for (MimeMessage m : received) {
            ids.add(m.getHeader("X-Marathon-Message")[0]);
        }
        assertEquals(60, received.size(), "each message once");
        assertEquals(60, ids.size());
        assertEquals(60, TestDatabase.count("SELECT COUNT(*) FROM outbox_message WHERE to_address = ? AND state = 'SENT' "
                + "AND attempts = 1", address));
    }

    @Test
    void feedbackMailCanBeSwitchedOffWhileReceiptsAndNoticesStillCome() throws Exception {
        String member = TestCohorts.newParticipants("switched", 1).get(0);
        // A cohort of its own: the gate counts every required assignment of the cohort.
        long cohort = TestCohorts.newCohort(coordinator);
        long team = TestCohorts.addTeam(coordinator, cohort, "Выбор писем", List.of(member));
        WebSession me = signedIn(member);
        assertEquals(302, me.submitMany("account/notices.xhtml", "emails", Map.of("wanted", List.of("NEEDS_REVISION", "GATE_PASSED")),
                "save")
                .status());
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM email_opt_out WHERE account_id = ? AND kind = 'FEEDBACK_RELEASED'",
                TeamWork.accountId(member)));
        String title = assignmentTitle(cohort, "Без письма");
        long assignment = TestDatabase.count("SELECT id FROM assignment WHERE title = ?", title);
        assertEquals(302, coordinator.submit("coordinator/allocation.xhtml?cohort=" + cohort, "allocate", Map.of(
                "team_input", String.valueOf(team), "assignment_input", "",
                "expert_input", String.valueOf(TeamWork.accountId("expert1@example.org"))), "allocate").status());
        TeamWork.submit(me, assignment, "Работа");
        WebSession expert = signedIn("expert1@example.org");
        String review = "expert/review.xhtml?id=" + ExpertWork.reviewOf(assignment, 1);
        assertEquals(302, expert.submit(review, "review", ExpertWork.feedback(expert.get(review), Map.of(), "Принято.", "ACCEPTED"),
                "release").status());

        MimeMessage mail = only(member, title);
        assertTrue(subject(mail).startsWith("Версия 1 задания"), "the receipt comes, the acceptance mail does not");
        List<MimeMessage> passed = TestMail.await(member, 2, PATIENCE).stream()
                .filter(m -> subject(m).equals("Первый этап пройден")).toList();
        assertEquals(1, passed.size(), "the only required assignment accepted: the gate is passed, and said once");
        assertEquals("{\"unread\":3}", me.get("account/notices/unread").body());
        List<String> notices = me.get("account/notices.xhtml").html().select(".notice-list > li.unread").stream()
                .map(li -> { li.select(".row__meta").remove(); return li.text(); }).sorted().toList();
        assertEquals(List.of("Версия 1 задания «" + title + "» получена", "Задание «" + title + "» принято",
                "Первый этап пройден"), notices);
        assertEquals("{\"unread\":0}", me.get("account/notices/unread").body(), "opened, so read");

        me.submit("account/notices.xhtml", "tools", Map.of(), "en");
        assertEquals(List.of("Stage 1 completed", "Version 1 of “" + title + "” received", "“" + title + "” accepted"),
                me.get("account/notices.xhtml").html().select(".notice-list > li").stream()
                        .map(li -> { li.select(".row__meta").remove(); return li.text(); }).sorted().toList(),
                "the notices are read in the language chosen now, not the one they were written in");
        me.submit("account/notices.xhtml", "tools", Map.of(), "ru");
    }

    @Test
    void aPasswordResetLinkWorksOnceBeforeItExpiresAndOnlyItsHashIsStored() throws Exception {
        String email = TestRun.email("rosa.reset.notify");
        long account = TestCohorts.newParticipant(email, "Роза Сбросова", "ru", "Europe/Moscow");
        WebSession visitor = new WebSession(base);
        String unknownAnswer = answer(visitor, TestRun.email("nobody.here.notify"));
        String knownAnswer = answer(visitor, email);
        assertEquals(unknownAnswer.replace(TestRun.email("nobody.here.notify"), email), knownAnswer, "an unknown address gets the same answer");
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM outbox_message WHERE to_address = ?",
                TestRun.email("nobody.here.notify")));

        String text = text(only(email, "Новый пароль для Марафона"));
        Matcher link = Pattern.compile("http://localhost:8080/(password-new\\.xhtml\\?token=([A-Za-z0-9_-]{43}))").matcher(text);
        assertTrue(link.find(), text);
        String page = link.group(1);
        String token = link.group(2);
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM password_reset WHERE token_hash = ?", token));
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM password_reset WHERE token_hash = SHA2(?, 256)", token),
                "only the token's SHA-256 is kept");
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM notice WHERE account_id = ?", account), "no link under the bell");
        assertFalse(TestDatabase.text("SELECT body_text FROM outbox_message WHERE to_address = ?", email).contains(token),
                "the link is blanked in the outbox once sent");

        Page mismatch = visitor.submit(page, "password", Map.of("password", "новый-пароль-1", "repeat", "новый-пароль-2"), "save");
        assertEquals(List.of("Пароли не совпадают."), mismatch.messages());
        assertEquals(302, visitor.submit(page, "password", Map.of("password", "новый-пароль-1", "repeat", "новый-пароль-1"),
                "save").status());
        assertEquals(base.getPath() + "participant/index.xhtml",
                URI.create(new WebSession(base).signIn(email, "новый-пароль-1").location().orElseThrow()).getPath(),
                "the new password signs in");
        Page again = visitor.submit(page, "password", Map.of("password", "третий-пароль-3", "repeat", "третий-пароль-3"), "save");
        assertEquals(List.of("Ссылка недействительна: она уже использована или устарела. Запросите новую."), again.messages(), "used once");

        answer(visitor, email);
        List<MimeMessage> both = TestMail.await(email, 2, PATIENCE);
        assertEquals(2, both.size());
        Matcher second = Pattern.compile("password-new\\.xhtml\\?token=[A-Za-z0-9_-]{43}").matcher(text(both.get(1)));
        assertTrue(second.find());
        TestDatabase.execute("UPDATE password_reset SET expires_at = UTC_TIMESTAMP(6) - INTERVAL 1 SECOND "
                + "WHERE account_id = ? AND used_at IS NULL", account);
        Page late = visitor.submit(second.group(), "password", Map.of("password", "третий-пароль-3", "repeat", "третий-пароль-3"),
                "save");
        assertEquals(List.of("Ссылка недействительна: она уже использована или устарела. Запросите новую."), late.messages(), "expired");
    }

    @Test
    void onlyTeamsThatHandedInNothingAreRemindedOnceAndAnExtensionMovesTheReminder() throws Exception {
        List<String> people = TestCohorts.newParticipants("reminded", 3);
        String handedIn = people.get(0);
        String nothing = people.get(1);
        String extended = people.get(2);
        long cohort = sharedCohort();
        TestCohorts.addTeam(coordinator, cohort, "Сдали", List.of(handedIn));
        long idle = TestCohorts.addTeam(coordinator, cohort, "Не сдали", List.of(nothing));
        long later = TestCohorts.addTeam(coordinator, cohort, "С продлением", List.of(extended));
        long module = TestDatabase.count("SELECT id FROM weekly_module WHERE cohort_id = ? AND number = 1", cohort);
        // Created open and closed to everyone first, so that no reminder goes before the teams are ready.
        long assignment = TeamWork.assignment(coordinator, module, "Напоминание", hoursFromNow(-2), hoursFromNow(100),
                hoursFromNow(120), 20);
        String title = TestDatabase.text("SELECT title FROM assignment WHERE id = ?", assignment);
        TeamWork.submit(signedIn(handedIn), assignment, "Сдано заранее");
        TestDatabase.execute("INSERT INTO team_extension (assignment_id, team_id, due_at, cut_off_at, reason, granted_by, "
                + "granted_at) VALUES (?, ?, UTC_TIMESTAMP(6) + INTERVAL 72 HOUR, UTC_TIMESTAMP(6) + INTERVAL 80 HOUR, "
                + "'Болезнь', ?, UTC_TIMESTAMP(6))", assignment, later, TeamWork.accountId("coordinator@example.org"));
        TestDatabase.execute("UPDATE assignment SET due_at = UTC_TIMESTAMP(6) + INTERVAL 2 HOUR WHERE id = ?", assignment);

        MimeMessage soon = only(nothing, title);
        assertEquals("«" + title + "»: срок сдачи через 3 часа", soon.getSubject(), "only the most urgent reminder");
        assertEquals(0, about(handedIn, title).stream().filter(m -> subject(m).contains("срок сдачи")).count());
        assertEquals(0, about(extended, title).size(), "their own due time is three days away");
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM reminder_sent WHERE reminder_key LIKE ?",
                "deadline-3h:" + assignment + ":" + idle + ":%"));

        TestDatabase.execute("UPDATE team_extension SET due_at = UTC_TIMESTAMP(6) + INTERVAL 30 HOUR WHERE team_id = ?", later);
        assertEquals("«" + title + "»: срок сдачи через двое суток", only(extended, title).getSubject(),
                "the extension moved the reminder");
    }

    @Test
    void coordinatorsSeeUndeliverableMailAndCanSendItAgain() throws Exception {
        long recipient = TestCohorts.newParticipant(TestRun.email("emily.failed.notify"), "Emily Failed", "en", "Europe/London");
        TestDatabase.execute("INSERT INTO outbox_message (kind, recipient_id, to_address, language, subject, body_text, body_html, "
                + "state, attempts, next_attempt_at, last_error, created_at) VALUES ('SUBMISSION_RECEIPT', ?, "
                + "?, 'en', 'Undeliverable receipt', 'Text', '<p>Text</p>', 'FAILED', 8, UTC_TIMESTAMP(6), "
                + "'550 Mailbox unavailable', UTC_TIMESTAMP(6))", recipient, TestRun.email("failed.notify"));
        Page page = coordinator.get("coordinator/undeliverable.xhtml");
        String address = TestRun.email("failed.notify");
        List<Element> rows = page.html().select("#undeliverable .rows > li");
        List<Element> ours = rows.stream().filter(li -> li.select(".row__meta").get(0).text().startsWith(address + " · ")).toList();
        assertEquals(1, ours.size(), "the message to " + address);
        assertEquals("Undeliverable receipt", ours.get(0).selectFirst("strong").text());
        assertEquals("550 Mailbox unavailable", ours.get(0).select(".row__meta").get(1).text());
        int row = rows.indexOf(ours.get(0));
        assertEquals(403, signedIn("participant01@example.org").get("coordinator/undeliverable.xhtml").status());

        Page again = coordinator.submit("coordinator/undeliverable.xhtml", "undeliverable", Map.of(), "list:" + row + ":retry");
        assertEquals(List.of("Письмо снова в очереди на отправку."), again.messages());
        assertEquals(1, TestMail.await(TestRun.email("failed.notify"), 1, PATIENCE).size(), "sent again, and delivered");
    }

    // --- helpers -------------------------------------------------------------------------------

    /** Asks for a reset link for the address; the answer shown after the redirect. */
    private static String answer(WebSession visitor, String email) {
        Page asked = visitor.submit("password-reset.xhtml", "reset", Map.of("email", email), "send");
        assertEquals(302, asked.status(), asked.body());
        List<String> said = visitor.get("password-reset.xhtml").messages();
        assertEquals(1, said.size(), said.toString());
        return said.get(0);
    }

    /** The cohort these tests share, each with teams of its own; made by the first that needs it. */
    private long sharedCohort() {
        if (sharedCohort == 0) {
            sharedCohort = TestCohorts.newCohort(coordinator);
        }
        return sharedCohort;
    }

    /** A new required assignment in the cohort's first module, open now, due in four days; its unique title. */
    private String assignmentTitle(long cohort, String title) {
        long module = TestDatabase.count("SELECT id FROM weekly_module WHERE cohort_id = ? AND number = 1", cohort);
        // Due in more than 48 hours: no deadline reminder mixes with what a test counts.
        long id = TeamWork.assignment(coordinator, module, title, hoursFromNow(-1), hoursFromNow(100), hoursFromNow(120), 20);
        return TestDatabase.text("SELECT title FROM assignment WHERE id = ?", id);
    }

    /** The one message for the address about this title, after waiting for a possible second one. */
    private static MimeMessage only(String address, String title) throws InterruptedException {
        long until = System.nanoTime() + PATIENCE.toNanos();
        List<MimeMessage> found = about(address, title);
        while (found.isEmpty() && System.nanoTime() < until) {
            Thread.sleep(100);
            found = about(address, title);
        }
        Thread.sleep(2500);  // the schedule runs every second in the tests: a second copy would be here by now
        found = about(address, title);
        assertEquals(1, found.size(), "messages to " + address + " about " + title);
        return found.get(0);
    }

    private static List<MimeMessage> about(String address, String title) {
        return TestMail.to(address).stream().filter(m -> subject(m).contains(title)).toList();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(MimeMessage m) throws MessagingException, IOException {
        return part(m, 0);
    }

    private static String html(MimeMessage m) throws MessagingException, IOException {
        return part(m, 1);
    }

    private static String part(MimeMessage m, int index) throws MessagingException, IOException {
        BodyPart part = ((MimeMultipart) m.getContent()).getBodyPart(index);
        return (String) part.getContent();
    }

    private WebSession signedIn(String email) {
        WebSession s = new WebSession(base);
        s.signIn(email, DemoCohort.PASSWORD);
        return s;
    }
}
