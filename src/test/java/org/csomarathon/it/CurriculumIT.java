package org.csomarathon.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import org.csomarathon.cohort.Cohort;
import org.csomarathon.demo.DemoCohort;
import org.csomarathon.it.WebSession.Page;
import org.csomarathon.platform.Language;
import org.csomarathon.platform.Times;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Cohorts and their weekly modules, as coordinators build them and participants read them. */
@MarathonIT
class CurriculumIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.marathon();
    }

    @ArquillianResource
    URL base;

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    /** An opening well in the past of the application's clock, as the module form takes it. */
    private static final String LONG_AGO = TeamWork.hoursFromNow(-24 * 400).toString();

    private WebSession coordinator;

    @BeforeEach
    void coordinatorSignedIn() {
        assertEquals("/marathon/", base.getPath(), "Marathon was not deployed; read the Payara Micro log above");
        coordinator = new WebSession(base);
        coordinator.signIn("coordinator@example.org", DemoCohort.PASSWORD);
    }

    @Test
    void aTextsLengthIsCountedAsAPersonCountsItAndAnOverlongOneIsRefusedNextToItsFieldWithNothingSaved() {
        int year = TestCohorts.freeYear();
        Map<String, String> form = TestCohorts.form(year, TestCohorts.PAST + "-04-24");
        form.put("name", "я".repeat(Cohort.NAME_MAX + 1));
        Page refused = coordinator.submit("coordinator/cohort.xhtml", "cohort", form, "save");
        assertEquals(List.of("Название: не длиннее 200 символов, сейчас 201."), refused.messages());
        assertEquals("true", refused.html().selectFirst("input[name=cohort:name]").attr("aria-invalid"), "the field is marked");
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM cohort WHERE year = ?", year), "nothing saved");

        String emoji = "🌱".repeat(Cohort.NAME_MAX);
        form.put("name", emoji);
        assertEquals(302, coordinator.submit("coordinator/cohort.xhtml", "cohort", form, "save").status(),
                "two hundred emoji are two hundred characters, though four hundred UTF-16 units");
        assertEquals(emoji, TestDatabase.text("SELECT name FROM cohort WHERE year = ?", year));
    }

    @Test
    void coordinatorCreatesACohortThatStartsWithSixWeeklyModules() {
        int year = TestCohorts.freeYear();
        Page saved = coordinator.submit("coordinator/cohort.xhtml", "cohort", TestCohorts.form(year, TestCohorts.PAST + "-04-24"), "save");
        assertEquals(302, saved.status(), saved.body());
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM cohort WHERE year = ?", year));
        assertEquals(6, TestDatabase.count("SELECT COUNT(*) FROM weekly_module m JOIN cohort c ON c.id = m.cohort_id "
                + "WHERE c.year = ?", year));
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM weekly_module m JOIN cohort c ON c.id = m.cohort_id "
                + "WHERE c.year = ? AND m.number = 2 AND m.opens_at = ?", year, LocalDate.of(TestCohorts.PAST, 3, 24).atStartOfDay(
                        ZoneId.of("Europe/Moscow")).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime().toString().replace('T', ' ')),
                "week 2 opens at midnight Moscow time, a week after stage 1 starts");
        assertEquals(List.of("· Когорта " + year), coordinator.get("coordinator/cohorts.xhtml").html().select(".rows > li").stream()
                .filter(row -> row.selectFirst("strong").text().equals(String.valueOf(year))).map(Element::ownText).toList());
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM cohort WHERE year = ? AND required_attendance_percent = 75", year),
                "the gate's share of meetings is kept with the cohort");
    }

    @Test
    void cohortWithDatesInTheWrongOrderIsRefusedWithAReasonAndNothingIsStored() {
        int year = TestCohorts.freeYear();
        Page refused = coordinator.submit("coordinator/cohort.xhtml", "cohort", TestCohorts.form(year, TestCohorts.PAST + "-03-01"), "save");
        assertEquals(200, refused.status());
        assertEquals(List.of("Первый этап не может закончиться раньше, чем начнётся."), refused.messages());
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM cohort WHERE year = ?", year));
    }

    @Test
    void participantReadsOpenedModulesOnlyAndNeverScriptsInThem() {
        TestCohorts.Own own = TestCohorts.ownCohort(coordinator, "modules", 1);
        long week1 = own.module(1);
        long week2 = own.module(2);
        LocalDateTime later = TeamWork.hoursFromNow(24 * 400).withHour(10).withMinute(0);
        editModule(week1, "Неделя 1: бренд", "**Бренд** — это обещание.\n\n<script>alert('x')</script>", LONG_AGO);
        editModule(week2, "Неделя 2: медиаресурсы", "секрет второй недели", later.toString());

        WebSession participant = new WebSession(base);
        participant.signIn(own.members().get(0), DemoCohort.PASSWORD);
        Page list = participant.get("participant/modules.xhtml");
        assertEquals(List.of("Неделя 1: бренд"), list.texts(".rows li.is-open a").subList(0, 1), "the opened week is a link");
        assertEquals(List.of("participant/module.xhtml?id=" + week1), list.html().select(".rows li.is-open a").eachAttr("href")
                .stream().map(href -> href.substring(href.indexOf("participant/"))).limit(1).toList());
        String opensText = "Откроется " + Times.dateTime(later.atZone(MOSCOW).toInstant(), MOSCOW, Language.RU);
        assertEquals(List.of("Неделя 2: медиаресурсы " + opensText), list.texts(".rows li.is-locked"), "a locked week is not a link");

        Page opened = participant.get("participant/module.xhtml?id=" + week1);
        assertEquals("Бренд", opened.text(".prose strong"));
        assertEquals(0, opened.html().select(".prose script").size(), "the script is gone");

        Page locked = participant.get("participant/module.xhtml?id=" + week2);
        assertEquals(200, locked.status());
        assertEquals("Модуль откроется " + Times.dateTime(later.atZone(MOSCOW).toInstant(), MOSCOW, Language.RU)
                + ". Пока доступно только его название.", locked.text(".notice"));
        assertFalse(locked.body().contains("секрет второй недели"), "nothing of a locked module is sent (anywhere in the HTML)");
    }

    @Test
    void assignmentOfAModuleNotYetOpenShowsItsTitleAndTheOpeningOnlyAndIsNotToHandInYet() {
        TestCohorts.Own own = TestCohorts.ownCohort(coordinator, "ahead", 1);
        LocalDateTime later = TeamWork.hoursFromNow(24 * 400).withHour(10).withMinute(0);
        editModule(own.module(3), "Неделя 3: сайт", "Скоро.", later.toString());
        long ahead = TeamWork.assignment(coordinator, own.module(3), "Раньше времени", TeamWork.hoursFromNow(-1),
                TeamWork.hoursFromNow(24), TeamWork.hoursFromNow(48), 20);
        long now = TeamWork.assignment(coordinator, own.module(1), "Вовремя", TeamWork.hoursFromNow(-1),
                TeamWork.hoursFromNow(24), TeamWork.hoursFromNow(48), 20);

        WebSession participant = new WebSession(base);
        participant.signIn(own.members().get(0), DemoCohort.PASSWORD);
        Page page = participant.get("participant/assignment.xhtml?id=" + ahead);
        assertEquals(200, page.status());
        assertEquals("Модуль 3 откроется " + Times.dateTime(later.atZone(MOSCOW).toInstant(), MOSCOW, Language.RU)
                + ". Тогда здесь появится задание.", page.text("main .notice"));
        assertFalse(page.body().contains("главное"), "the instructions are not sent (anywhere in the HTML)");
        assertFalse(page.has("form#work"), "nothing to hand in yet");
        assertEquals(List.of(TestDatabase.text("SELECT title FROM assignment WHERE id = ?", now)),
                participant.get("participant/index.xhtml").texts("#todo-heading ~ ul.rows li > a"),
                "the home's «to hand in» lists the open week's assignment, not the one ahead");
    }

    @Test
    void moduleOfAnotherCohortIsNotFoundForAParticipant() {
        int year = TestCohorts.freeYear();
        assertEquals(302, coordinator.submit("coordinator/cohort.xhtml", "cohort", TestCohorts.form(year, TestCohorts.PAST + "-04-24"), "save").status());
        long otherCohortsModule = TestDatabase.count("SELECT m.id FROM weekly_module m JOIN cohort c ON c.id = m.cohort_id "
                + "WHERE c.year = ? AND m.number = 1", year);

        WebSession participant = new WebSession(base);
        participant.signIn("participant08@example.org", DemoCohort.PASSWORD);
        assertEquals(404, participant.get("participant/module.xhtml?id=" + otherCohortsModule).status(),
                "a participant of the demo's cohort, a module of the test's own");
        assertEquals(404, participant.get("participant/module.xhtml?id=999999999").status());
    }

    @Test
    void copyingACohortShiftsEveryDateCopiesTheModulesAndLeavesPeopleBehind() {
        TestCohorts.Own own = TestCohorts.ownCohort(coordinator, "copied", 1);
        editModule(own.module(4), "Контент для социальных сетей", "Рубрикатор и **контент-план**.", TeamWork.hoursFromNow(24 * 30).toString());
        planMeeting(own.module(4), TeamWork.hoursFromNow(24 * 31).toString(), "expert1@example.org", "https://meet.example.org/copied");
        long source = own.cohort();
        LocalDate sourceStart = LocalDate.parse(TestDatabase.text("SELECT stage1_start FROM cohort WHERE id = ?", source));
        LocalDate sourceEnd = LocalDate.parse(TestDatabase.text("SELECT stage1_end FROM cohort WHERE id = ?", source));
        int year = TestCohorts.freeYear();

        Page copied = coordinator.submit("coordinator/copy.xhtml?id=" + source, "copy",
                Map.of("year", String.valueOf(year), "stage1Start", TestCohorts.PAST + "-03-17"), "copy");
        assertEquals(302, copied.status(), copied.body());
        long copy = TestDatabase.count("SELECT id FROM cohort WHERE year = ?", year);
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM cohort WHERE id = ? AND name LIKE ?", copy, "%" + year + "%"));
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM cohort WHERE id = ? AND stage1_end = ?", copy,
                sourceEnd.plusDays(ChronoUnit.DAYS.between(sourceStart, LocalDate.of(TestCohorts.PAST, 3, 17))).toString()));
        assertEquals(6, TestDatabase.count("SELECT COUNT(*) FROM weekly_module WHERE cohort_id = ?", copy));
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM weekly_module WHERE cohort_id = ? AND number = 4 "
                + "AND description = 'Рубрикатор и **контент-план**.'", copy), "texts are copied");
        assertEquals(TestDatabase.count("SELECT COUNT(*) FROM module_material x JOIN weekly_module m ON m.id = x.module_id "
                + "WHERE m.cohort_id = ?", source), TestDatabase.count("SELECT COUNT(*) FROM module_material x "
                + "JOIN weekly_module m ON m.id = x.module_id WHERE m.cohort_id = ?", copy), "materials are copied");
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM expert_meeting e JOIN weekly_module m ON m.id = e.module_id "
                + "WHERE m.cohort_id = ?", copy), "meetings belong to their year");
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM team WHERE cohort_id = ?", copy), "no people, no teams");
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM team WHERE cohort_id = ?", source), "the source keeps its team");
    }

    @Test
    void participantSeesTheMeetingLinkFromAnHourBeforeAndNotEarlier() {
        TestCohorts.Own own = TestCohorts.ownCohort(coordinator, "link", 1);
        long week5 = own.module(5);
        editModule(week5, "Годовые отчёты", "Как рассказать о годе работы.", LONG_AGO);
        String soon = LocalDateTime.now(TestClock.clock().withZone(MOSCOW)).plusMinutes(30).withSecond(0).withNano(0).toString();
        planMeeting(week5, soon, "expert1@example.org", "https://meet.example.org/reports-soon");
        planMeeting(week5, TeamWork.hoursFromNow(24 * 500).toString(), "expert2@example.org",
                "https://meet.example.org/reports-later");

        WebSession participant = new WebSession(base);
        participant.signIn(own.members().get(0), DemoCohort.PASSWORD);
        Page page = participant.get("participant/module.xhtml?id=" + week5);
        assertEquals(List.of("https://meet.example.org/reports-soon"), page.html().select("main a")
                .stream().filter(a -> a.text().equals("Подключиться к встрече")).map(a -> a.attr("href")).toList(),
                "starts in 30 minutes: link shown");
        assertFalse(page.body().contains("reports-later"), "starts in 500 days: link not sent yet (anywhere in the HTML)");
        assertEquals(List.of("Ссылка появится за час до начала."), page.texts("main li span").stream()
                .filter(t -> t.startsWith("Ссылка")).toList());
    }

    @Test
    void expertKeepsAttendanceOfTheirOwnMeetingOnly() {
        TestCohorts.Own own = TestCohorts.ownCohort(coordinator, "present", 2);
        long meeting = planMeeting(own.module(6), TeamWork.hoursFromNow(24 * 40).toString(), "expert3@example.org", "https://meet.example.org/plan");
        long anna = TeamWork.accountId(own.members().get(0));
        long pavel = TeamWork.accountId(own.members().get(1));

        WebSession otherExpert = new WebSession(base);
        otherExpert.signIn("expert1@example.org", DemoCohort.PASSWORD);
        Page refused = otherExpert.get("expert/meeting.xhtml?id=" + meeting);
        assertEquals(404, refused.status(), "another expert's meeting is not found, not an empty form");
        assertFalse(refused.body().contains(own.members().get(0)), "no participant data for another expert (anywhere in the HTML)");

        WebSession host = new WebSession(base);
        host.signIn("expert3@example.org", DemoCohort.PASSWORD);
        Page page = host.get("expert/meeting.xhtml?id=" + meeting);
        assertEquals("https://meet.example.org/plan", page.fact("Ссылка на онлайн-встречу"), "not held yet: the link to join");
        assertEquals(List.of(TestDatabase.text("SELECT name FROM team WHERE id = ?", own.team())),
                page.texts("fieldset.attendance legend"), "grouped by team");
        assertEquals(own.members().stream().map(email -> TestDatabase.text("SELECT full_name FROM account WHERE email = ?", email)
                        + " · " + email).sorted().toList(),
                page.texts("fieldset.attendance label").stream().sorted().toList(), "each person with their e-mail");
        String teamName = TestDatabase.text("SELECT name FROM team WHERE id = ?", own.team());
        Page forged = host.submitMany("expert/meeting.xhtml?id=" + meeting, "attendance",
                Map.of("teams:0:present", List.of(String.valueOf(anna), String.valueOf(pavel), "999999")), "save");
        assertEquals(List.of(teamName + ": выберите значения из списка."), forged.messages(), "only the cohort's participants");
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM meeting_attendance WHERE meeting_id = ?", meeting));
        Page saved = host.submitMany("expert/meeting.xhtml?id=" + meeting, "attendance",
                Map.of("teams:0:present", List.of(String.valueOf(anna), String.valueOf(pavel))), "save");
        assertEquals(302, saved.status(), saved.body());
        assertEquals(2, TestDatabase.count("SELECT COUNT(*) FROM meeting_attendance WHERE meeting_id = ?", meeting));
    }

    @Test
    void aFinishedMeetingOffersItsRecordingOrSaysThereIsNoneYetInsteadOfTheLinkToJoin() {
        TestCohorts.Own own = TestCohorts.ownCohort(coordinator, "held", 1);
        long week2 = own.module(2);
        long held = planMeeting(week2, TeamWork.hoursFromNow(-3).toString(), "expert2@example.org", "https://meet.example.org/held");
        WebSession participant = new WebSession(base);
        participant.signIn(own.members().get(0), DemoCohort.PASSWORD);
        Page before = participant.get("participant/module.xhtml?id=" + week2);
        assertFalse(before.body().contains("https://meet.example.org/held"), "no link to a meeting that is over (anywhere in the HTML)");
        assertEquals(List.of("Записи пока нет."), before.texts("main li span.row__meta"));

        WebSession host = new WebSession(base);
        host.signIn("expert2@example.org", DemoCohort.PASSWORD);
        assertEquals("Записи пока нет.", host.get("expert/meeting.xhtml?id=" + held).fact("Запись встречи"));
        assertEquals(302, host.submit("expert/meeting.xhtml?id=" + held, "recording",
                Map.of("recordingLink", "https://video.example.org/held"), "save").status());
        assertEquals("https://video.example.org/held", host.get("expert/meeting.xhtml?id=" + held).fact("Запись встречи"));
        assertEquals(List.of("https://video.example.org/held"), participant.get("participant/module.xhtml?id=" + week2).html()
                .select("main li span.row__meta a").eachAttr("href"));
    }

    @Test
    void attendanceImportMatchesParticipantsByEmailAndReportsTheRest() {
        TestCohorts.Own own = TestCohorts.ownCohort(coordinator, "zoom", 2);
        long meeting = planMeeting(own.module(6), TeamWork.hoursFromNow(24 * 41).toString(), "expert2@example.org", "https://meet.example.org/plan-2");
        String csv = "Имя;Почта;Вход\n"
                + "Ольга Попова;" + own.members().get(0).toUpperCase(Locale.ROOT) + ";18:01\n"
                + "Артём Лебедев;" + own.members().get(1) + ";18:03\n"
                + "Гость без почты;;18:10\n"
                + "Чужой человек;someone@elsewhere.example;18:12\n";
        Page imported = coordinator.upload("coordinator/meeting.xhtml?id=" + meeting, "import", "file", "zoom.csv", csv, "upload");
        assertEquals(200, imported.status(), imported.body());
        assertEquals(List.of("Импорт выполнен: найдено участников — 2, строк без совпадений — 2."), imported.messages());
        assertEquals(List.of("Строка 4 Гость без почты · 18:10", "Строка 5 Чужой человек · someone@elsewhere.example · 18:12"),
                imported.texts("h4 ~ ul.rows li"), "unmatched rows are listed");
        assertEquals(2, TestDatabase.count("SELECT COUNT(*) FROM meeting_attendance WHERE meeting_id = ?", meeting));
    }

    @Test
    void personalCalendarFeedListsTheWeeksAndStopsWhenRevoked() throws Exception {
        TestCohorts.Own own = TestCohorts.ownCohort(coordinator, "feed", 1);
        WebSession participant = new WebSession(base);
        participant.signIn(own.members().get(0), DemoCohort.PASSWORD);
        assertEquals(200, participant.get("account/calendar.xhtml").status());
        Page issued = participant.submit("account/calendar.xhtml", "feed", Map.of(), "issue");
        Matcher url = Pattern.compile("calendar/feed\\.ics\\?token=([A-Za-z0-9_-]+)").matcher(issued.body());
        assertTrue(url.find(), issued.body());
        String token = url.group(1);
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM calendar_feed f JOIN account a ON a.id = f.account_id "
                + "WHERE a.email = ? AND f.token_hash <> ?", own.members().get(0), token), "only a hash of the secret is stored");

        Page feed = new WebSession(base).get("calendar/feed.ics?token=" + token);
        assertEquals(200, feed.status());
        assertTrue(feed.headers().firstValue("Content-Type").orElseThrow().startsWith("text/calendar"));
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
        assertFalse(calendar.validate().hasErrors(), calendar.validate().toString());
        assertTrue(calendar.getComponents(Component.VEVENT).size() >= 6, "the six weeks' openings at least");
        assertEquals(1, calendar.getComponents(Component.VEVENT).stream()
                .filter(e -> e.getProperty("SUMMARY").map(p -> p.getValue().startsWith("Открывается модуль 1")).orElse(false)).count());

        participant.submit("account/calendar.xhtml", "feed", Map.of(), "revoke");
        assertEquals(404, new WebSession(base).get("calendar/feed.ics?token=" + token).status());
        assertEquals(404, new WebSession(base).get("calendar/feed.ics?token=guessed").status());
    }

    @Test
    void participantHomeSaysWhichModuleIsCurrentAndWhatComesNext() {
        // The demo's cohort is in its third week whatever the date (DemoCohort lays it out around the clock).
        String third = TestDatabase.text("SELECT title FROM weekly_module WHERE id = ?", TestCohorts.demoModule(3));
        String fourth = TestDatabase.text("SELECT title FROM weekly_module WHERE id = ?", TestCohorts.demoModule(4));
        Instant fourthOpens = TestDatabase.instant("SELECT opens_at FROM weekly_module WHERE id = ?", TestCohorts.demoModule(4));
        WebSession participant = new WebSession(base);
        participant.signIn("participant12@example.org", DemoCohort.PASSWORD);
        Page home = participant.get("participant/index.xhtml");
        assertEquals("На этой неделе", home.text("#week-heading"));
        assertEquals(third, home.texts(".facts dd").get(0),
                "the current module is a link");
        assertEquals("«" + fourth + "» откроется " + Times.dateTime(fourthOpens, ZoneId.of(TestDatabase.text(
                "SELECT time_zone FROM account WHERE email = 'participant12@example.org'")), Language.RU),
                home.texts(".facts dd").get(1), "what opens next is said");
    }

    @Test
    void materialsReachTheCohortSafelyAndAFileInDisguiseIsRefused() throws Exception {
        TestCohorts.Own own = TestCohorts.ownCohort(coordinator, "materials", 1);
        long week2 = own.module(2);
        editModule(week2, "Обзор медиаресурсов", "Аудит площадок организации.", LONG_AGO);
        String pdf = "%PDF-1.4\n% Чек-лист аудита\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n";
        Page uploaded = coordinator.upload("coordinator/module.xhtml?id=" + week2, "upload", "file",
                "Чек-лист аудита.pdf", pdf, "add");
        assertEquals(302, uploaded.status(), uploaded.body());
        long file = TestDatabase.count("SELECT MAX(id) FROM module_material WHERE module_id = ? AND kind = 'FILE'", week2);

        long before = TestDatabase.count("SELECT COUNT(*) FROM module_material WHERE module_id = ?", week2);
        String disguised = "<html><script>alert('x')</script></html>";
        Page refused = coordinator.upload("coordinator/module.xhtml?id=" + week2, "upload", "file", "отчёт.pdf",
                disguised, "add");
        assertEquals(List.of("Содержимое файла «отчёт.pdf» не соответствует его расширению. Сохраните файл заново в нужном формате."),
                refused.messages());
        assertEquals(before, TestDatabase.count("SELECT COUNT(*) FROM module_material WHERE module_id = ?", week2));
        String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(disguised.getBytes(StandardCharsets.UTF_8)));
        assertFalse(Files.exists(Path.of(System.getProperty("test.work.dir"), "files", "sha256", digest)),
                "nothing of a refused file is kept");

        assertEquals(302, coordinator.submit("coordinator/module.xhtml?id=" + week2, "link", Map.of(
                "title", "Как провести аудит", "url", "https://youtu.be/dQw4w9WgXcQ", "video_input", "on"), "add").status());

        WebSession participant = new WebSession(base);
        participant.signIn(own.members().get(0), DemoCohort.PASSWORD);
        Page page = participant.get("participant/module.xhtml?id=" + week2);
        assertEquals(List.of("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"), page.html().select("main iframe").eachAttr("src"));
        Page download = participant.get("materials/download?id=" + file);
        assertEquals(200, download.status());
        assertEquals(pdf, download.body());
        assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElseThrow());
        String disposition = download.headers().firstValue("Content-Disposition").orElseThrow();
        assertEquals("attachment; filename=\"___-___________.pdf\"; filename*=UTF-8''%D0%A7%D0%B5%D0%BA-%D0%BB%D0%B8%D1%81%D1%82"
                + "%20%D0%B0%D1%83%D0%B4%D0%B8%D1%82%D0%B0.pdf", disposition, "an ASCII name for old clients, the real one for the rest");

        assertEquals(302, new WebSession(base).get("materials/download?id=" + file).status(), "sign-in first");
        WebSession expert = new WebSession(base);
        expert.signIn("expert2@example.org", DemoCohort.PASSWORD);
        assertEquals(200, expert.get("materials/download?id=" + file).status());
    }

    @Test
    void fileOfALockedModuleIsNotGivenToParticipants() {
        TestCohorts.Own own = TestCohorts.ownCohort(coordinator, "locked", 1);
        long week6 = own.module(6);
        editModule(week6, "Итоги", "Подведение итогов.", TeamWork.hoursFromNow(24 * 400).toString());
        Page uploaded = coordinator.upload("coordinator/module.xhtml?id=" + week6, "upload", "file",
                "plan.pdf", "%PDF-1.4\n%%EOF\n", "add");
        assertEquals(302, uploaded.status(), uploaded.body());
        long file = TestDatabase.count("SELECT MAX(id) FROM module_material WHERE module_id = ? AND kind = 'FILE'", week6);
        WebSession participant = new WebSession(base);
        participant.signIn(own.members().get(0), DemoCohort.PASSWORD);
        assertEquals(404, participant.get("materials/download?id=" + file).status());
    }

    @Test
    void coordinatorReordersModulesOfAPastCohort() {
        int year = TestCohorts.freeYear();
        assertEquals(302, coordinator.submit("coordinator/cohort.xhtml", "cohort", TestCohorts.form(year, TestCohorts.PAST + "-04-24"), "save").status());
        long cohort = TestDatabase.count("SELECT id FROM cohort WHERE year = ?", year);
        long fifth = TestDatabase.count("SELECT id FROM weekly_module WHERE cohort_id = ? AND number = 5", cohort);
        long sixth = TestDatabase.count("SELECT id FROM weekly_module WHERE cohort_id = ? AND number = 6", cohort);
        String page = "coordinator/modules.xhtml?cohort=" + cohort;
        // The sixth row's "up" link (ui:repeat counts rows from 0).
        assertEquals(302, coordinator.submit(page, "order", Map.of(), "modules:5:up").status());
        assertEquals(6, TestDatabase.count("SELECT number FROM weekly_module WHERE id = ?", fifth));
        assertEquals(5, TestDatabase.count("SELECT number FROM weekly_module WHERE id = ?", sixth));
    }

    @Test
    void expertCannotEditModules() {
        WebSession expert = new WebSession(base);
        expert.signIn("expert2@example.org", DemoCohort.PASSWORD);
        assertEquals(403, expert.get("coordinator/module.xhtml?id=" + TestCohorts.demoModule(1)).status());
    }

    private void editModule(long id, String title, String description, String opensAt) {
        Page saved = coordinator.submit("coordinator/module.xhtml?id=" + id, "module",
                Map.of("title", title, "description", description, "opensAt", opensAt), "save");
        assertEquals(302, saved.status(), saved.body());
    }

    private long planMeeting(long moduleId, String startsAt, String expertEmail, String link) {
        long expert = TestDatabase.count("SELECT id FROM account WHERE email = ?", expertEmail);
        Page planned = coordinator.submit("coordinator/module.xhtml?id=" + moduleId, "meeting", Map.of("startsAt", startsAt,
                "minutes", "90", "expert_input", String.valueOf(expert), "link", link), "plan");
        assertEquals(302, planned.status(), planned.body());
        return TestDatabase.count("SELECT MAX(id) FROM expert_meeting WHERE module_id = ? AND link = ?", moduleId, link);
    }
}
