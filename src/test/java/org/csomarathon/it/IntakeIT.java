package org.csomarathon.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.csomarathon.demo.DemoCohort;
import org.csomarathon.intake.Application;
import org.csomarathon.it.WebSession.Page;
import org.csomarathon.platform.Language;
import org.csomarathon.platform.Times;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The call, registration and the application from draft to submission, on the demo cohort's open call. */
@MarathonIT
class IntakeIT {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.marathon();
    }

    @ArquillianResource
    URL base;

    private long cohort;

    @BeforeEach
    void demoCohort() {
        assertEquals("/marathon/", base.getPath(), "Marathon was not deployed; read the Payara Micro log above");
        cohort = TestCohorts.demoCallCohort();
    }

    @Test
    void theCallIsPublicWithItsRulesAndTheDeadlineInTheVisitorsZone() {
        Page call = new WebSession(base).get("call.xhtml?cohort=" + cohort);
        assertEquals(200, call.status());
        assertTrue(call.body().contains("кроме Москвы и Московской области"), call.body());
        assertTrue(call.body().contains("Мотивация заявителя — 20 %"), call.body());
        assertTrue(call.body().contains("Зарегистрироваться и подать заявку"));
        String deadline = Times.dateTime(LocalDateTime.parse(TestDatabase.text("SELECT DATE_FORMAT(application_deadline, "
                + "'%Y-%m-%dT%H:%i') FROM cohort WHERE id = ?", cohort)).toInstant(ZoneOffset.UTC), ZoneId.of("Europe/Moscow"),
                Language.RU);
        assertTrue(call.body().contains(deadline), "the deadline, in Moscow time for a visitor: " + deadline);
    }

    @Test
    void registrationMakesTheAccountOnlyWhenTheMailedLinkIsConfirmedAndOnlyOnce() throws Exception {
        String email = TestRun.email("olga.register.intake");
        WebSession visitor = new WebSession(base);
        Map<String, String> form = Map.of("name", "Ольга Регистрова", "email", email, "password", "пароль-для-заявки",
                "repeat", "пароль-для-заявки", "zone_input", "Asia/Yekaterinburg");
        Page sent = visitor.submit("register.xhtml", "register", form, "send");
        assertEquals(302, sent.status(), sent.body());
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM account WHERE email = ?", email), "no account before the link");

        List<MimeMessage> mail = TestMail.await(email, 1, PATIENCE);
        String text = NotificationsIT.text(mail.get(0));
        Matcher link = Pattern.compile("http://localhost:8080/(confirm\\.xhtml\\?token=([A-Za-z0-9_-]{43}))").matcher(text);
        assertTrue(link.find(), text);
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM registration WHERE token_hash = SHA2(?, 256)", link.group(2)),
                "only the token's hash is kept");
        assertEquals(200, visitor.get(link.group(1)).status());
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM account WHERE email = ?", email),
                "opening the link (as a mail scanner would) makes nothing; the button does");

        Page confirmed = visitor.submit(link.group(1), "confirm", Map.of(), "confirm");
        assertEquals(302, confirmed.status(), confirmed.body());
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM account a JOIN account_role r ON r.account_id = a.id "
                + "WHERE a.email = ? AND r.role = 'APPLICANT' AND a.time_zone = 'Asia/Yekaterinburg'", email));
        assertTrue(new WebSession(base).signIn(email, "пароль-для-заявки").location().orElse("").contains("/apply/"));

        Page again = visitor.submit(link.group(1), "confirm", Map.of(), "confirm");
        assertTrue(again.body().contains("Ссылка недействительна"), again.body());

        Page taken = new WebSession(base).submit("register.xhtml", "register", form, "send");
        assertEquals(302, taken.status(), "the same answer for an address with an account");
        List<MimeMessage> both = TestMail.await(email, 2, PATIENCE);
        assertEquals("Учётная запись в Марафоне у вас уже есть", both.get(1).getSubject());
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM account WHERE email = ?", email));
    }

    @Test
    void aDraftSavedStepByStepIsSubmittedAndKeptAsIneligibleWithEveryReason() throws Exception {
        String email = TestRun.email("ivan.moscow.intake");
        Applying.newApplicant(email, "Иван Московский", "ru", "Europe/Moscow");
        WebSession applicant = signedIn(email);
        Applying.saveStep(applicant, cohort, 1, Map.of("position", "Волонтёр"));  // neither employed nor responsible
        Applying.saveStep(applicant, cohort, 2, Map.of("organisation", "Московский фонд", "ogrn", "1027700132196",
                "inn", "7707083893", "region", "77"));
        assertEquals("DRAFT", TestDatabase.text("SELECT a.state FROM application a JOIN account p ON p.id = a.applicant_id "
                + "WHERE p.email = ?", email));
        assertTrue(applicant.get(Applying.page(cohort, 2)).body().contains("1027700132196"), "the draft is kept as typed");

        Page incomplete = Applying.submit(applicant, cohort, false);
        assertEquals(200, incomplete.status());
        assertTrue(incomplete.body().contains("Чтобы отправить заявку, заполните: Почему вы хотите пройти стажировку; "
                + "Как организация планирует улучшить свои коммуникации; Как организация будет выполнять эти планы; "
                + "Я согласен(на)"), incomplete.body());

        Applying.saveStep(applicant, cohort, 3, Map.of("motivation", "Хочу научиться", "plans", "Сайт",
                "commitment", "Да"));
        Page submitted = Applying.submit(applicant, cohort, true);
        assertEquals(302, submitted.status(), submitted.body());
        String page = applicant.get(Applying.page(cohort, 4)).body();
        for (String reason : List.of("официально работаете", "отвечаете за внешние коммуникации", "ОГРН неверен",
                "из Москвы и Московской области")) {
            assertTrue(page.contains(reason), reason + " in " + page);
        }
        assertEquals(4, TestDatabase.count("SELECT COUNT(*) FROM application_ineligibility i JOIN application a "
                + "ON a.id = i.application_id JOIN account p ON p.id = a.applicant_id WHERE p.email = ?", email));
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM application a JOIN account p ON p.id = a.applicant_id "
                + "WHERE p.email = ? AND a.state = 'SUBMITTED' AND a.eligible = FALSE AND a.consent_version = ? "
                + "AND a.consent_at IS NOT NULL AND a.organisation_id IS NULL", email, Application.CONSENT_VERSION));

        String list = signedIn("coordinator@example.org").get("coordinator/applications.xhtml?cohort=" + cohort).body();
        assertTrue(list.contains("Иван Московский") && list.contains("не соответствует условиям"), list);
        assertEquals(1, TestMail.await(email, 1, PATIENCE).size());
        assertTrue(TestMail.to(email).get(0).getSubject().startsWith("Заявка получена"));
    }

    @Test
    void numbersOfTwoDifferentOrganisationsAreAReasonInPlainWordsNotTheErrorPage() {
        String email = TestRun.email("two.organisations.intake");
        Applying.newApplicant(email, "Олег Двойной", "ru", "Europe/Moscow");
        WebSession applicant = signedIn(email);
        String innOnRecord = DemoCohort.organisations().get(0).inn().value();
        Page submitted = Applying.applyEligible(applicant, cohort, "Фонд «Два номера»", "1027700132195", innOnRecord, "78",
                "Хочу научиться");
        assertEquals(302, submitted.status(), submitted.body());
        assertEquals(List.of("NUMBERS_OF_DIFFERENT_ORGANISATIONS"), TestDatabase.texts("SELECT i.reason FROM "
                + "application_ineligibility i JOIN application a ON a.id = i.application_id JOIN account p "
                + "ON p.id = a.applicant_id WHERE p.email = ?", email));
        Document page = Jsoup.parse(applicant.get(Applying.page(cohort, 4)).body());
        assertEquals(List.of("ОГРН и ИНН принадлежат разным организациям в наших записях. Проверьте оба номера."),
                page.select(".notice--warning li").eachText(), "the reason in plain words on the application");
    }

    @Test
    void anEligibleApplicationLinksTheOrganisationRecordSharedAcrossApplicants() {
        long before = TestDatabase.count("SELECT COUNT(*) FROM organisation");
        for (String email : List.of(TestRun.email("first.shared.intake"), TestRun.email("second.shared.intake"))) {
            Applying.newApplicant(email, "Заявитель " + email.substring(0, 5), "ru", "Europe/Samara");
            Page done = Applying.applyEligible(signedIn(email), cohort, "Самарский центр НКО", "1026300000000",
                    "6300000002", "63", "Развивать коммуникации");
            assertEquals(302, done.status(), done.body());
        }
        assertEquals(before + 1, TestDatabase.count("SELECT COUNT(*) FROM organisation"), "one record for both");
        assertEquals(2, TestDatabase.count("SELECT COUNT(*) FROM application a JOIN organisation o ON o.id = a.organisation_id "
                + "WHERE o.ogrn = '1026300000000' AND a.eligible = TRUE"));
    }

    @Test
    void everyTextFieldSurvivesMarkupScriptsEmojiAndTenThousandCharacters() {
        String email = TestRun.email("text.limits.intake");
        Applying.newApplicant(email, "Тамара Текстова", "ru", "Europe/Moscow");
        WebSession applicant = signedIn(email);
        Applying.saveStep(applicant, cohort, 3, Map.of("motivation", "Первая версия"));

        String tenThousand = "я".repeat(10_000);
        String[][] fields = {
                {"1", "position", "Должность", "200"}, {"1", "phone", "Телефон", "40"},
                {"2", "organisation", "Название организации", "300"}, {"2", "ogrn", "ОГРН", "20"}, {"2", "inn", "ИНН", "20"},
                {"2", "website", "Сайт организации", "300"}, {"2", "social", "Аккаунты в социальных сетях", "1 000"},
                {"2", "report", "Ссылка на публичный годовой отчёт", "300"},
                {"3", "motivation", "Почему вы хотите пройти стажировку", "5 000"},
                {"3", "plans", "Как организация планирует улучшить свои коммуникации", "5 000"},
                {"3", "commitment", "Как организация будет выполнять эти планы", "5 000"},
                {"3", "involvement", "Участвовали ли вы раньше в программах агентства", "5 000"}};
        for (String[] f : fields) {
            Page refused = applicant.submit(Applying.page(cohort, Integer.parseInt(f[0])), "application",
                    Map.of(f[1], tenThousand), "save");
            assertEquals(200, refused.status());
            String body = refused.body().replaceAll("\u00a0|\u202f|&nbsp;|&#160;", " ");
            assertTrue(body.contains("«" + f[2] + "»: не больше " + f[3] + " знаков, а сейчас 10 000."), f[1] + ": " + body);
            assertTrue(refused.body().contains(tenThousand), f[1] + ": what was typed stays in the form");
        }
        assertEquals("Первая версия", TestDatabase.text("SELECT a.motivation FROM application a JOIN account p "
                + "ON p.id = a.applicant_id WHERE p.email = ?", email), "nothing changed");

        String markup = "<script>alert('x')</script> <b>жирно</b> 🙂👩‍💻 «кавычки» & \"ещё\"";
        Applying.saveStep(applicant, cohort, 3, Map.of("motivation", markup, "plans", markup, "commitment", markup,
                "involvement", markup));
        Applying.saveStep(applicant, cohort, 2, Map.of("organisation", markup, "social", markup));
        Applying.saveStep(applicant, cohort, 1, Map.of("position", markup, "phone", "🙂"));
        assertEquals(markup, TestDatabase.text("SELECT a.plans FROM application a JOIN account p ON p.id = a.applicant_id "
                + "WHERE p.email = ?", email), "stored exactly, emoji included");
        assertEquals(markup, TestDatabase.text("SELECT a.organisation_name FROM application a JOIN account p "
                + "ON p.id = a.applicant_id WHERE p.email = ?", email));
        String shown = applicant.get(Applying.page(cohort, 3)).body();
        assertFalse(shown.contains("<script>alert('x')</script>"), "never a script in the page");
        assertTrue(shown.contains("&lt;script&gt;"), shown);
    }

    @Test
    void submittingAfterTheDeadlineIsRefusedWithTheDeadlineInTheApplicantsZone() throws Exception {
        long past = TestCohorts.newCohort(signedIn("coordinator@example.org"));
        String email = TestRun.email("late.applicant.intake");
        Applying.newApplicant(email, "Лев Опоздавший", "ru", "Asia/Vladivostok");
        WebSession applicant = signedIn(email);
        Applying.openCall(past, 30);
        Applying.saveStep(applicant, past, 3, Map.of("motivation", "Успеть бы"));
        Applying.openCall(past, 3);
        String openPage = Applying.page(past, 4);
        String viewState = applicant.get(openPage).viewState();
        Thread.sleep(3500);

        Page late = applicant.post(openPage, "application", Map.of("consent_input", "on"), "submit", viewState);
        assertEquals(200, late.status());
        Instant deadline = LocalDateTime.parse(TestDatabase.text("SELECT DATE_FORMAT(application_deadline, "
                + "'%Y-%m-%dT%H:%i:%s.%f') FROM cohort WHERE id = ?", past)).toInstant(ZoneOffset.UTC);
        String shown = Times.dateTime(deadline, ZoneId.of("Asia/Vladivostok"), Language.RU);
        assertTrue(late.body().contains("Приём заявок завершён " + shown), shown + " in " + late.body());
        assertEquals("DRAFT", TestDatabase.text("SELECT a.state FROM application a JOIN account p ON p.id = a.applicant_id "
                + "WHERE p.email = ? AND a.cohort_id = ?", email, past));
        assertFalse(applicant.get(openPage).body().contains("application:submit"), "no button once the call has closed");
    }

    private WebSession signedIn(String email) {
        WebSession s = new WebSession(base);
        s.signIn(email, DemoCohort.PASSWORD);
        return s;
    }
}
