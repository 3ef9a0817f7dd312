package org.csomarathon.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.net.URI;
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
import org.jsoup.nodes.Element;
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

    private static long ownCall;
    private long cohort;

    /** The tests apply to a call of the class's own, open for an hour, each with applicants of its own. */
    @BeforeEach
    void ownCallOpen() {
        assertEquals("/marathon/", base.getPath(), "Marathon was not deployed; read the Payara Micro log above");
        if (ownCall == 0) {
            ownCall = TestCohorts.newCohort(signedIn("coordinator@example.org"));
            Applying.openCall(ownCall, 3600);
        }
        cohort = ownCall;
    }

    @Test
    void theCallIsPublicWithItsRulesAndTheDeadlineInTheVisitorsZone() {
        Page call = new WebSession(base).get("call.xhtml?cohort=" + cohort);
        assertEquals(200, call.status());
        assertTrue(call.texts("main li").contains("Организация работает в регионе России, кроме Москвы и Московской области."),
                "an item of the eligibility list");
        assertTrue(call.texts("#criteria-heading ~ * li").contains("Мотивация заявителя — 20 %"), "an item of the criteria");
        assertEquals(List.of("Зарегистрироваться и подать заявку"), call.texts("main .row__actions a.button"));
        String deadline = Times.dateTime(LocalDateTime.parse(TestDatabase.text("SELECT DATE_FORMAT(application_deadline, "
                + "'%Y-%m-%dT%H:%i') FROM cohort WHERE id = ?", cohort)).toInstant(ZoneOffset.UTC), ZoneId.of("Europe/Moscow"),
                Language.RU);
        assertEquals(deadline, call.fact("Приём заявок до"), "the deadline, in Moscow time for a visitor");
    }

    @Test
    void theStartPageShowsAVisitorEveryOpenCallWithItsDeadlineAndTheWayToApplyAndSignInBeside() {
        Page start = new WebSession(base).get("");
        assertEquals(200, start.status(), "a visitor stays on the start page");
        String name = TestDatabase.text("SELECT name FROM cohort WHERE id = ?", cohort);
        Element call = start.html().selectFirst("section.call:has(h2#call-" + cohort + ")");
        assertEquals("Открыт приём заявок: " + name, call.selectFirst("h2").text());
        String deadline = Times.dateTime(LocalDateTime.parse(TestDatabase.text("SELECT DATE_FORMAT(application_deadline, "
                + "'%Y-%m-%dT%H:%i') FROM cohort WHERE id = ?", cohort)).toInstant(ZoneOffset.UTC), ZoneId.of("Europe/Moscow"),
                Language.RU);
        assertTrue(call.selectFirst("dd").text().startsWith(deadline + " · осталось 0 дн. "), call.selectFirst("dd").text());
        assertEquals(List.of("Зарегистрироваться и подать заявку", "Условия, критерии и программа"), call.select("a").eachText());
        assertEquals(base.getPath() + "call.xhtml?cohort=" + cohort, call.select("a").get(1).attr("href"));
        assertEquals("Уже участвуете?", start.text("#signin-heading"));
        assertEquals("Войти", start.text("#signin-heading ~ p a"), "sign-in beside the calls");
    }

    @Test
    void aVisitorReadsThePublicDatesInTheBrowsersZoneAndRegistrationProposesIt() {
        WebSession visitor = new WebSession(base);
        visitor.cookie("marathon-zone", "Asia%2FYekaterinburg");
        Instant due = TestDatabase.instant("SELECT application_deadline FROM cohort WHERE id = ?", cohort);
        assertEquals(Times.dateTime(due, ZoneId.of("Asia/Yekaterinburg"), Language.RU),
                visitor.get("call.xhtml?cohort=" + cohort).fact("Приём заявок до"));
        assertTrue(Times.dateTime(due, ZoneId.of("Asia/Yekaterinburg"), Language.RU).endsWith("(Екатеринбург, UTC+5)"));
        assertEquals("Asia/Yekaterinburg", visitor.get("register.xhtml").html().selectFirst("select[name=register:zone_input] option[selected]")
                .val(), "registration proposes the browser's zone");

        WebSession abroad = new WebSession(base);
        abroad.cookie("marathon-zone", "Europe%2FBerlin");
        assertEquals(Times.dateTime(due, ZoneId.of("Europe/Berlin"), Language.RU),
                abroad.get("call.xhtml?cohort=" + cohort).fact("Приём заявок до"), "any zone the browser names");
        assertEquals("Europe/Moscow", abroad.get("register.xhtml").html().selectFirst("select[name=register:zone_input] option[selected]")
                .val(), "registration offers Russia's zones only");
        WebSession nonsense = new WebSession(base);
        nonsense.cookie("marathon-zone", "Mars%2FOlympus");
        assertEquals(Times.dateTime(due, ZoneId.of("Europe/Moscow"), Language.RU),
                nonsense.get("call.xhtml?cohort=" + cohort).fact("Приём заявок до"), "an unknown zone is ignored");
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
        Page secondWindow = visitor.get(link.group(1));
        assertEquals("Подтвердить адрес", secondWindow.text("[id=confirm:confirm]"));
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM account WHERE email = ?", email),
                "opening the link (as a mail scanner would) makes nothing; the button does");

        Page confirmed = visitor.submit(link.group(1), "confirm", Map.of(), "confirm");
        assertEquals(302, confirmed.status(), confirmed.body());
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM account a JOIN account_role r ON r.account_id = a.id "
                + "WHERE a.email = ? AND r.role = 'APPLICANT' AND a.time_zone = 'Asia/Yekaterinburg'", email));
        assertEquals(base.getPath() + "apply/index.xhtml",
                URI.create(new WebSession(base).signIn(email, "пароль-для-заявки").location().orElseThrow()).getPath());

        String used = "Эта ссылка уже использована: адрес подтверждён, учётная запись создана. Войдите с паролем, "
                + "который вы выбрали при регистрации.";
        Page again = visitor.get(link.group(1));
        assertEquals(used, again.text("main .notice"));
        assertFalse(again.has("form#confirm"), "nothing left to confirm");
        assertEquals("Войти", again.text("main a.button-link"));
        Page pressedLater = visitor.post(link.group(1), "confirm", Map.of(), "confirm", secondWindow.viewState());
        assertEquals(used, pressedLater.text("main .notice"), "the window opened before says the same when pressed");
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM account WHERE email = ?", email));
        assertEquals("Ссылка недействительна или устарела (она действует сутки). Зарегистрируйтесь снова — мы пришлём новую.",
                visitor.get("confirm.xhtml?token=" + "x".repeat(43)).text("main .notice"));

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
        assertEquals("1027700132196", applicant.get(Applying.page(cohort, 2)).html().selectFirst("input[name=application:ogrn]").val(),
                "the draft is kept as typed");

        Page incomplete = Applying.submit(applicant, cohort, false);
        assertEquals(200, incomplete.status());
        assertEquals(List.of("Чтобы отправить заявку, заполните: Почему вы хотите пройти стажировку; "
                + "Как организация планирует улучшить свои коммуникации; Как организация будет выполнять эти планы; "
                + "Я согласен(на) на обработку персональных данных на условиях, изложенных выше. Черновик сохранён не был — введённое осталось на странице."), incomplete.messages());

        Applying.saveStep(applicant, cohort, 3, Map.of("motivation", "Хочу научиться", "plans", "Сайт",
                "commitment", "Да"));
        Page submitted = Applying.submit(applicant, cohort, true);
        assertEquals(302, submitted.status(), submitted.body());
        assertEquals(List.of("Вы не подтвердили, что официально работаете в организации.",
                "Вы не подтвердили, что отвечаете за внешние коммуникации организации.",
                "ОГРН неверен: нужно 13 цифр, и последняя должна совпасть с контрольной. Проверьте номер по выписке из ЕГРЮЛ.",
                "Организации из Москвы и Московской области в этой программе не участвуют."),
                applicant.get(Applying.page(cohort, 4)).texts(".notice--warning li"));
        assertEquals(4, TestDatabase.count("SELECT COUNT(*) FROM application_ineligibility i JOIN application a "
                + "ON a.id = i.application_id JOIN account p ON p.id = a.applicant_id WHERE p.email = ?", email));
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM application a JOIN account p ON p.id = a.applicant_id "
                + "WHERE p.email = ? AND a.state = 'SUBMITTED' AND a.eligible = FALSE AND a.consent_version = ? "
                + "AND a.consent_at IS NOT NULL AND a.organisation_id IS NULL", email, Application.CONSENT_VERSION));

        Page list = signedIn("coordinator@example.org").get("coordinator/applications.xhtml?cohort=" + cohort);
        assertEquals(List.of(List.of("Иван Московский " + email, "не соответствует условиям")), list.rows("table").stream()
                .map(row -> List.of(row.get(0), row.get(4))).toList());
        assertEquals(1, TestMail.await(email, 1, PATIENCE).size());
        assertTrue(TestMail.to(email).get(0).getSubject().startsWith("Заявка получена"));
    }

    @Test
    void changesToASubmittedApplicationAreConfirmedByMailOnceADay() {
        String email = TestRun.email("changes.intake");
        Applying.newApplicant(email, "Вера Правкина", "ru", "Europe/Moscow");
        WebSession applicant = signedIn(email);
        List<String> numbers = Applying.newOrganisationNumbers();
        assertEquals(302, Applying.applyEligible(applicant, cohort, "Центр «Правки»", numbers.get(0), numbers.get(1), "63",
                "Хочу научиться").status());
        for (String motivation : List.of("Хочу научиться писать", "Хочу научиться писать и снимать", "И выступать")) {
            assertEquals(302, Applying.saveStep(applicant, cohort, 3, Map.of("motivation", motivation)).status());
        }
        assertEquals("И выступать", applicant.get(Applying.page(cohort, 3)).html().selectFirst("textarea[name=application:motivation]")
                .val(), "every change is kept");
        assertEquals(List.of("Заявка получена", "Изменения в заявке получены"), TestDatabase.texts("SELECT SUBSTRING_INDEX(subject, ':', 1) "
                + "FROM outbox_message WHERE to_address = ? AND kind = 'APPLICATION_RECEIVED' ORDER BY id", email),
                "three changes on one day: one mail confirms them");
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
        List<String> numbers = Applying.newOrganisationNumbers();
        String ogrn = numbers.get(0);
        for (String email : List.of(TestRun.email("first.shared.intake"), TestRun.email("second.shared.intake"))) {
            Applying.newApplicant(email, "Заявитель " + email.substring(0, 5), "ru", "Europe/Samara");
            Page done = Applying.applyEligible(signedIn(email), cohort, "Самарский центр НКО", ogrn,
                    numbers.get(1), "63", "Развивать коммуникации");
            assertEquals(302, done.status(), done.body());
        }
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM organisation WHERE ogrn = ?", ogrn), "one record for both");
        assertEquals(2, TestDatabase.count("SELECT COUNT(*) FROM application a JOIN organisation o ON o.id = a.organisation_id "
                + "WHERE o.ogrn = ? AND a.eligible = TRUE AND a.cohort_id = ?", ogrn, cohort));
    }

    private static final String NOTHING_SAVED = "Ничего из этого шага не сохранено: исправьте отмеченное ниже. Всё введённое, "
            + "и в остальных полях тоже, осталось на странице.";

    @Test
    void everyWrongFieldOfAStepIsMarkedAtOnceNextToItselfAndNothingOfTheStepIsSaved() {
        String email = TestRun.email("two.wrong.intake");
        Applying.newApplicant(email, "Глеб Двуошибочный", "ru", "Europe/Moscow");
        WebSession applicant = signedIn(email);
        Applying.saveStep(applicant, cohort, 2, Map.of("inn", "7707083893"));
        Page refused = applicant.submit(Applying.page(cohort, 2), "application", Map.of("organisation", "ф".repeat(301),
                "website", "не сайт", "inn", "7736050003", "social", "vk.com/fond"), "save");
        assertEquals(200, refused.status());
        assertEquals(List.of(NOTHING_SAVED, "«Название организации»: не больше 300 знаков, а сейчас 301. Сократите текст.",
                "«Сайт организации»: нужен адрес сайта, например https://example.org."), refused.messages(),
                "every wrong field at once, in the summary");
        assertEquals(List.of("organisation", "website"), refused.html().select("[aria-invalid=true]").stream()
                .map(e -> e.attr("name").replace("application:", "")).toList(), "exactly the wrong fields are marked");
        assertEquals("«Сайт организации»: нужен адрес сайта, например https://example.org.", refused.text("#website-problem"));
        assertEquals("vk.com/fond", refused.html().selectFirst("[name=application:social]").val(), "a right field keeps what was typed");
        assertEquals("7707083893", TestDatabase.text("SELECT a.inn FROM application a JOIN account p ON p.id = a.applicant_id "
                + "WHERE p.email = ?", email), "nothing of the step is saved, as the summary says");
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
            String problem = "«" + f[2] + "»: не больше " + f[3] + " знаков, а сейчас 10 000. Сократите текст.";
            assertEquals(List.of(NOTHING_SAVED, problem), refused.messages(), f[1]);
            assertEquals(problem, refused.text("#" + f[1] + "-problem").replaceAll("[\u00a0\u202f]", " "), f[1] + ": said next to it");
            assertEquals("true", refused.html().selectFirst("[name=application:" + f[1] + "]").attr("aria-invalid"), f[1]);
            assertEquals(f[1] + "-problem", refused.html().selectFirst("[name=application:" + f[1] + "]").attr("aria-describedby"));
            assertEquals(tenThousand, refused.html().selectFirst("[name=application:" + f[1] + "]").val(),
                    f[1] + ": what was typed stays in the form");
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
        Page shown = applicant.get(Applying.page(cohort, 3));
        assertEquals(markup, shown.html().selectFirst("[name=application:motivation]").val(), "shown as typed, as text");
        assertFalse(shown.body().contains("<script>alert('x')</script>"), "never a script in the page's HTML");
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
        assertEquals(List.of("Приём заявок завершён " + shown + ". Заявку больше нельзя отправить или изменить."), late.messages());
        assertEquals("DRAFT", TestDatabase.text("SELECT a.state FROM application a JOIN account p ON p.id = a.applicant_id "
                + "WHERE p.email = ? AND a.cohort_id = ?", email, past));
        assertFalse(applicant.get(openPage).has("[name=application:submit]"), "no button once the call has closed");
    }

    private WebSession signedIn(String email) {
        WebSession s = new WebSession(base);
        s.signIn(email, DemoCohort.PASSWORD);
        return s;
    }
}
