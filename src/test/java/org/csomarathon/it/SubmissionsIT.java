package org.csomarathon.it;

import static org.csomarathon.it.TeamWork.FORM_TIME;
import static org.csomarathon.it.TeamWork.MOSCOW;
import static org.csomarathon.it.TeamWork.accountId;
import static org.csomarathon.it.TeamWork.assignmentForm;
import static org.csomarathon.it.TeamWork.hoursFromNow;
import static org.csomarathon.it.TeamWork.statementAnd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.net.URI;
import java.time.Instant;
import java.io.StringReader;
import org.jsoup.nodes.Element;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import org.csomarathon.platform.Language;
import org.csomarathon.platform.Times;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.csomarathon.demo.DemoCohort;
import org.csomarathon.it.WebSession.Download;
import org.csomarathon.it.WebSession.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Teams and their work: assignments set by the coordinator, drafts, numbered versions, the
 * server's clock against each team's dates, files in and out, and who may read what. Every test
 * sets its own assignment with dates around the server's present moment.
 */
@MarathonIT
class SubmissionsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.marathon();
    }

    @ArquillianResource
    URL base;

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private WebSession coordinator;

    /** The class's own cohort; each test makes its own two teams in it. */
    private static long cohort;

    /** The test's own team of two new participants in the class's cohort, and another team of one. */
    private TestCohorts.Own own;
    private String member;
    private String mate;
    private long team;
    private String otherMember;

    @BeforeEach
    void coordinatorSignedInWithTeamsOfTheTestsOwn() {
        assertEquals("/marathon/", base.getPath(), "Marathon was not deployed; read the Payara Micro log above");
        coordinator = new WebSession(base);
        coordinator.signIn("coordinator@example.org", DemoCohort.PASSWORD);
        if (cohort == 0) {
            cohort = TestCohorts.newCohort(coordinator);
        }
        own = TestCohorts.ownTeam(coordinator, cohort, "work", 2);
        member = own.members().get(0);
        mate = own.members().get(1);
        team = own.team();
        otherMember = TestRun.email("work.other" + System.nanoTime());
        TestCohorts.newParticipant(otherMember, "Участник другой команды", "ru", "Europe/Moscow");
        TestCohorts.addTeam(coordinator, own.cohort(), "Другая " + System.nanoTime(), List.of(otherMember));
    }

    @Test
    void teamSavesADraftSubmitsItAndThenASecondVersionKeepingBoth() throws Exception {
        long assignment = assignment(own.module(1), "Черновик и версии", -1, 48, 72, 20);
        WebSession anna = participant(member);
        String work = "participant/assignment.xhtml?id=" + assignment;

        Page saved = anna.submit(work, "work", Map.of("text", "Первый набросок", "links", "https://example.org/plan"), "save");
        assertEquals(302, saved.status(), saved.body());
        WebSession teammate = participant(mate);
        Page teammatesView = teammate.get(work);
        assertEquals("Первый набросок", teammatesView.html().selectFirst("textarea[name=work:text]").val(),
                "the draft is the team's: a teammate sees it");
        assertEquals("черновик", teammatesView.text("#state .status"));

        Page page = anna.get(work);
        Page uploaded = anna.ajaxUpload(work, "work", "upload", "план.pdf", "application/pdf", PDF, page.viewState());
        assertEquals(List.of("Файл «план.pdf» добавлен в черновик."), uploaded.partialMessages());
        Page first = anna.post(work, "work", statementAnd("Первая версия", "https://example.org/plan"), "submit",
                page.viewState());
        assertEquals(302, first.status(), first.body());
        assertEquals(base.getPath() + "submissions/version.xhtml", URI.create(first.location().orElseThrow()).getPath());

        Page second = anna.submit(work, "work", statementAnd("Вторая версия, исправленная", ""), "submit");
        assertEquals(302, second.status(), second.body());

        long submission = TestDatabase.count("SELECT id FROM submission WHERE assignment_id = ?", assignment);
        assertEquals(2, TestDatabase.count("SELECT COUNT(*) FROM submission_version WHERE submission_id = ?", submission));
        assertEquals("Первая версия", TestDatabase.text("SELECT body FROM submission_version WHERE submission_id = ? "
                + "AND number = 1", submission), "version 1 is kept as it was sent");
        assertEquals("Вторая версия, исправленная", TestDatabase.text("SELECT body FROM submission_version "
                + "WHERE submission_id = ? AND number = 2", submission));
        assertEquals(2, TestDatabase.count("SELECT COUNT(*) FROM submission_file f JOIN submission_version v "
                + "ON v.id = f.version_id WHERE v.submission_id = ?", submission), "the file went into both versions");

        Page receipt = teammate.get(second.location().orElseThrow().replaceFirst("^.*?/marathon/", ""));
        assertEquals(200, receipt.status());
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF));
        assertEquals("Квитанция: версия 2", receipt.heading());
        Instant sent = TestDatabase.instant("SELECT submitted_at FROM submission_version WHERE submission_id = ? AND number = 2",
                submission);
        assertEquals(Times.dateTimeSeconds(sent, MOSCOW, Language.RU), receipt.fact("Время сервера"), "the server's time, to the second");
        assertEquals(List.of(sha), receipt.texts(".receipt code"));
        assertEquals(List.of("план.pdf"), receipt.texts(".receipt .rows li > a"));
        assertEquals(List.of("1 КБ (" + PDF.length + " байт)"), receipt.texts(".receipt .rows li > span.row__meta:not(.sha)"));
        List<String> versions = teammate.get(work).texts("section[aria-labelledby=versions-heading] li .row__meta");
        assertEquals(2, versions.size(), versions.toString());
        assertTrue(versions.stream().allMatch(v -> v.endsWith(" · 1 файл")), "each version counts its one file: " + versions);
        Element row = TeamWork.row(teammate.get("participant/team.xhtml"), assignment);
        assertEquals(List.of("сдано", "Версия 2"), List.of(row.select(".status").text(), row.child(3).select("a").first().text()));
    }

    @Test
    void submissionAfterTheDueTimeIsMarkedLateAndAfterTheCutOffIsRefusedWithTheReason() {
        long late = assignment(own.module(2), "Сдаём с опозданием", -48, -1, 24, 20);
        long closed = assignment(own.module(2), "Приём закрыт", -48, -3, -1, 20);
        WebSession boris = participant(member);

        Page accepted = boris.submit("participant/assignment.xhtml?id=" + late, "work", statementAnd("Поздно, но сдаём", ""), "submit");
        assertEquals(302, accepted.status(), accepted.body());
        assertEquals(1, TestDatabase.count("SELECT v.late FROM submission_version v JOIN submission s ON s.id = v.submission_id "
                + "WHERE s.assignment_id = ?", late));
        assertEquals("1 · сдано с опозданием", boris.get(accepted.location().orElseThrow().replaceFirst("^.*?/marathon/", ""))
                .fact("Версия"), "the receipt marks it late");

        Page page = boris.get("participant/assignment.xhtml?id=" + closed);
        assertEquals("Приём закрыт: работы больше не принимаются.", page.text("#state .notice"));
        assertFalse(page.has("form#work"), "after the cut-off the form is gone");
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM submission WHERE assignment_id = ?", closed));
    }

    @Test
    void aSubmitSentAfterTheCutOffIsRefusedWithTheCutOffTimeEvenFromAPageOpenedBefore() {
        long assignment = assignment(own.module(2), "Закрыли раньше", -48, 2, 4, 20);
        WebSession gleb = participant(member);
        String work = "participant/assignment.xhtml?id=" + assignment;
        String openBefore = gleb.get(work).viewState();
        Page closedEarly = coordinator.submitMany("coordinator/assignment.xhtml?id=" + assignment, "assignment",
                assignmentForm("Закрыли раньше", hoursFromNow(-48), hoursFromNow(-2), hoursFromNow(-1), 20), "save");
        assertEquals(302, closedEarly.status(), closedEarly.body());

        Page refused = gleb.post(work, "work", statementAnd("Успели?", ""), "submit", openBefore);
        assertEquals(200, refused.status());
        Instant cutOff = TestDatabase.instant("SELECT cut_off_at FROM assignment WHERE id = ?", assignment);
        assertEquals(List.of("Приём работ закрылся " + Times.dateTime(cutOff, MOSCOW, Language.RU) + ". Если причина уважительная, "
                + "напишите координатору — он может продлить срок для команды."), refused.messages());
        assertEquals("Приём закрыт: работы больше не принимаются.", refused.text("#state .notice"), "the page shows it as it is now");
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM submission WHERE assignment_id = ?", assignment));
    }

    @Test
    void extensionGivesTheTeamItsOwnDatesOnEveryPageAndInTheCalendar() throws Exception {
        long assignment = assignment(own.module(3), "Продление", -72, -26, -25, 20);
                LocalDateTime newDue = LocalDateTime.now(TestClock.clock().withZone(MOSCOW)).plusDays(3).withHour(18).withMinute(30).withSecond(0).withNano(0);
        Page granted = coordinator.submit("coordinator/team.xhtml?id=" + team, "extension", Map.of(
                "assignment_input", String.valueOf(assignment), "due", newDue.format(FORM_TIME),
                "cutOff", newDue.plusDays(1).format(FORM_TIME), "reason", "Болезнь координатора команды"), "grant");
        assertEquals(302, granted.status(), granted.body());
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM team_extension WHERE assignment_id = ? AND team_id = ?",
                assignment, team));

        WebSession participant = participant(member);
        String shownDue = Times.dateTime(newDue.atZone(MOSCOW).toInstant(), MOSCOW, Language.RU);
        String title = TestDatabase.text("SELECT title FROM assignment WHERE id = ?", assignment);
        assertEquals(List.of("Срок сдачи: " + shownDue + " продлён · не начато"), participant.get("participant/index.xhtml").html()
                .select("#todo-heading ~ ul.rows > li").stream().filter(li -> li.selectFirst("a").text().equals(title))
                .map(li -> li.selectFirst(".row__meta").text()).toList(), "home lists it with the team's date");
        Element row = TeamWork.row(participant.get("participant/team.xhtml"), assignment);
        assertEquals(List.of(shownDue + " продлён", "Болезнь координатора команды"),
                List.of(row.child(1).text(), row.child(1).selectFirst(".badge").attr("title")));
        Page work = participant.get("participant/assignment.xhtml?id=" + assignment);
        assertEquals("Срок продлён для вашей команды. Болезнь координатора команды", work.text("#dates-heading ~ .notice"));
        assertEquals(shownDue, work.fact("Срок сдачи"));
        assertEquals("Приём открыт: работа будет сдана вовремя.", work.text("#state .notice"));

        Page issued = participant.submit("account/calendar.xhtml", "feed", Map.of(), "issue");
        Matcher url = Pattern.compile("calendar/feed\\.ics\\?token=([A-Za-z0-9_-]+)").matcher(issued.body());
        assertTrue(url.find(), issued.body());
        String feed = new WebSession(base).get("calendar/feed.ics?token=" + url.group(1)).body().replace("\r\n ", "");
        String dueUtc = newDue.atZone(MOSCOW).withZoneSameInstant(ZoneId.of("UTC"))
                .format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"));
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed));
        assertEquals(List.of(dueUtc + " " + dueUtc), calendar.getComponents(Component.VEVENT).stream()
                .filter(e -> e.getProperty("SUMMARY").map(p -> p.getValue().equals("Срок сдачи: " + title)).orElse(false))
                .map(e -> e.getProperty("DTSTART").orElseThrow().getValue() + " " + e.getProperty("DTEND").orElseThrow().getValue())
                .toList(), "the team's own due time in its calendar, shown at the due time");
        assertEquals(List.of("Срок сдачи задания «" + title + "» (модуль 3). После срока работу примут с отметкой «с опозданием», "
                + "пока приём не закрыт.\nhttp://localhost:8080/participant/assignment.xhtml?id=" + assignment),
                calendar.getComponents(Component.VEVENT).stream()
                        .filter(e -> e.getProperty("SUMMARY").map(p -> p.getValue().equals("Срок сдачи: " + title)).orElse(false))
                        .map(e -> e.getProperty("DESCRIPTION").orElseThrow().getValue()).toList(),
                "what the event is and the link to its page");

        Page onTime = participant.submit("participant/assignment.xhtml?id=" + assignment, "work",
                statementAnd("Сдаём в продлённый срок", ""), "submit");
        assertEquals(302, onTime.status(), onTime.body());
        assertEquals(0, TestDatabase.count("SELECT v.late FROM submission_version v JOIN submission s ON s.id = v.submission_id "
                + "WHERE s.assignment_id = ?", assignment));

        Page otherTeams = participant(otherMember).get("participant/assignment.xhtml?id=" + assignment);
        assertEquals("Приём закрыт: работы больше не принимаются.", otherTeams.text("#state .notice"),
                "another team keeps the assignment's own dates");
        assertFalse(otherTeams.has("#dates-heading ~ .notice"), "and no extension is shown to it");
    }

    @Test
    void twoMembersSubmittingAtTheSameMomentMakeExactlyOneVersion() throws Exception {
        long assignment = assignment(own.module(4), "Одновременно", -1, 24, 48, 20);
        String work = "participant/assignment.xhtml?id=" + assignment;
        List<WebSession> members = List.of(participant(member), participant(mate));
        Page saved = members.get(0).submit(work, "work", Map.of("text", "Общий ответ", "links", ""), "save");
        assertEquals(302, saved.status(), saved.body());
        List<Page> pages = new ArrayList<>();
        List<WebSession> clickers = new ArrayList<>();
        for (WebSession member : members) {
            Page page = member.get(work);
            for (int click = 0; click < 4; click++) {  // each member double-clicks, twice
                clickers.add(member);
                pages.add(page);
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(clickers.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Page>> sent = new ArrayList<>();
        for (int i = 0; i < clickers.size(); i++) {
            WebSession who = clickers.get(i);
            Page page = pages.get(i);
            Callable<Page> click = () -> {
                start.await();
                return who.post(work, "work", TeamWork.asSentFrom(page, statementAnd("Общий ответ", "")), "submit",
                        page.viewState());
            };
            sent.add(pool.submit(click));
        }
        start.countDown();
        for (Future<Page> f : sent) {
            assertEquals(302, f.get().status(), f.get().body());
        }
        pool.shutdown();
        // A click that arrives after the first submit already moved the page on to the receipt (and so
        // ended the page's view scope) is answered with the same version too.
        Page late = clickers.get(0).post(work, "work", TeamWork.asSentFrom(pages.get(0), statementAnd("Общий ответ", "")),
                "submit", pages.get(0).viewState());
        assertEquals(302, late.status(), late.body());
        assertEquals(sent.get(0).get().location(), late.location(), "the same receipt");
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM submission_version v JOIN submission s "
                + "ON s.id = v.submission_id WHERE s.assignment_id = ?", assignment));
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM submission WHERE assignment_id = ?", assignment));
    }

    @Test
    void aTeammatesNewerDraftIsNeverOverwrittenSilently() {
        long assignment = assignment(own.module(4), "Правки двоих", -1, 24, 48, 20);
        String work = "participant/assignment.xhtml?id=" + assignment;
        WebSession vera = participant(member);
        WebSession teammate = participant(mate);
        String verasView = vera.get(work).viewState();
        assertEquals(302, teammate.submit(work, "work", Map.of("text", "Текст коллеги", "links", ""), "save").status());

        Page refused = vera.post(work, "work", Map.of("text", "Текст Веры", "links", ""), "save", verasView);
        assertEquals(200, refused.status());
        assertEquals(1, refused.messages().size(), refused.messages().toString());
        assertTrue(refused.messages().get(0).startsWith("Пока вы работали, черновик изменил(а) "), refused.messages().get(0));
        assertEquals("Текст коллеги", refused.text("#theirs .submitted-text"), "the other text is beside this one");
        assertEquals("Текст Веры", refused.html().selectFirst("textarea[name=work:text]").val(), "this window's text is kept");
        assertEquals("Текст коллеги", TestDatabase.text("SELECT draft_text FROM submission WHERE assignment_id = ?", assignment));

        Page again = vera.post(work, "work", Map.of("text", "Текст Веры и коллеги", "links", ""), "save", refused.viewState());
        assertEquals(302, again.status(), "saving again, knowingly, replaces it");
        assertEquals("Текст Веры и коллеги", TestDatabase.text("SELECT draft_text FROM submission WHERE assignment_id = ?",
                assignment));
    }

    @Test
    void movingAMemberKeepsEveryPieceOfWorkVisibleWithTheTeamItWasMadeIn() {
        int year = TestCohorts.freeYear();
        long cohort = newCohort(year);
        String teams = "coordinator/teams.xhtml?cohort=" + cohort;
        List<String> people = TestCohorts.newParticipants("moving", 4);
        for (String email : people) {
            assertEquals(302, coordinator.submit(teams, "admit", Map.of("email", email), "admit").status());
        }
        assertEquals(302, coordinator.submit(teams, "create", Map.of("name", "Сформированная вручную"), "create").status());
        Page proposed = coordinator.submit(teams, "propose", Map.of("size", "2"), "propose");
        assertEquals(200, proposed.status());
        assertEquals("Сформировать эти команды", proposed.text("[id=accept:accept]"));
        Page formed = coordinator.post(teams, "accept", Map.of("prefix", "Группа"), "accept", proposed.viewState());
        assertEquals(302, formed.status(), formed.body());
        assertEquals(List.of("Группа 1", "Группа 2"), TestDatabase.texts("SELECT name FROM team WHERE cohort_id = ? "
                + "AND name LIKE 'Группа %' ORDER BY name", cohort), "numbered from 1 within their prefix");
        assertEquals(4, TestDatabase.count("SELECT COUNT(*) FROM team_membership m JOIN team t ON t.id = m.team_id "
                + "WHERE t.cohort_id = ? AND m.left_at IS NULL", cohort));

        String mover = people.get(0);
        long oldTeam = TestDatabase.count("SELECT m.team_id FROM team_membership m JOIN team t ON t.id = m.team_id "
                + "JOIN account a ON a.id = m.account_id WHERE t.cohort_id = ? AND a.email = ?", cohort, mover);
        long newTeam = TestDatabase.count("SELECT id FROM team WHERE cohort_id = ? AND id <> ? AND name LIKE 'Группа %'",
                cohort, oldTeam);
        long module = TestDatabase.count("SELECT id FROM weekly_module WHERE cohort_id = ? AND number = 1", cohort);
        long assignment = assignment(module, "До перевода", -1, 24, 48, 20);
        WebSession moving = participant(mover);
        Page submitted = moving.submit("participant/assignment.xhtml?id=" + assignment, "work",
                statementAnd("Сделано в старой команде", ""), "submit");
        assertEquals(302, submitted.status(), submitted.body());
        String receipt = submitted.location().orElseThrow().replaceFirst("^.*?/marathon/", "");

        Page moved = coordinator.submit(teams, "move", Map.of("person_input", String.valueOf(accountId(mover)),
                "to_input", String.valueOf(newTeam)), "move");
        assertEquals(302, moved.status(), moved.body());

        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM submission_version v JOIN submission s "
                + "ON s.id = v.submission_id WHERE s.team_id = ? AND s.assignment_id = ?", oldTeam, assignment));
        assertEquals(200, moving.get(receipt).status(), "the mover still sees what they sent");
        Page oldTeamPage = moving.get("participant/team.xhtml?id=" + oldTeam);
        assertEquals("Это ваша прежняя команда: её работы видны вам, но сдавать в ней больше нельзя.", oldTeamPage.text("main .notice"));
        Element row = TeamWork.row(oldTeamPage, assignment);
        assertEquals("Версия 1", row.child(3).select("a").first().text(), "the version, with the team it was made in");
        String stayer = TestDatabase.text("SELECT a.email FROM team_membership m JOIN account a ON a.id = m.account_id "
                + "WHERE m.team_id = ? AND m.left_at IS NULL LIMIT 1", oldTeam);
        Page stayersReceipt = participant(stayer).get(receipt);
        assertEquals("Сделано в старой команде", stayersReceipt.text(".submitted-text"), "the old team keeps the work");
        assertEquals(TestDatabase.text("SELECT full_name FROM account WHERE email = ?", mover), stayersReceipt.fact("Сдал(а)"),
                "with who sent it");
        assertEquals("Команда ещё ничего не сдала.", moving.get("participant/assignment.xhtml?id=" + assignment)
                .ownText("section[aria-labelledby=versions-heading]"), "the new team starts on its own");
        Page history = coordinator.get("coordinator/team.xhtml?id=" + oldTeam);
        assertEquals(List.of(true), history.html().select("h2:containsOwn(История состава) ~ * li").stream()
                .filter(li -> li.text().startsWith(TestDatabase.text("SELECT full_name FROM account WHERE email = ?", mover)))
                .map(li -> li.text().matches(".* с .+ по .+")).toList(), "the mover's stay is closed, not deleted");
    }

    @Test
    void anotherTeamsVersionAndFileAreRefusedByAddress() {
        long assignment = assignment(own.module(5), "Чужое не открыть", -1, 24, 48, 20);
        WebSession ours = participant(member);
        String work = "participant/assignment.xhtml?id=" + assignment;
        Page page = ours.get(work);
        ours.ajaxUpload(work, "work", "upload", "отчёт.pdf", "application/pdf", PDF, page.viewState());
        Page sent = ours.post(work, "work", statementAnd("Наше", ""), "submit", page.viewState());
        String receipt = sent.location().orElseThrow().replaceFirst("^.*?/marathon/", "");
        long file = TestDatabase.count("SELECT MAX(f.id) FROM submission_file f JOIN submission s ON s.id = f.submission_id "
                + "WHERE s.assignment_id = ? AND f.version_id IS NOT NULL", assignment);

        Download download = ours.download("submissions/file?id=" + file);
        assertEquals(200, download.status());
        assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertTrue(download.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment;"));

        WebSession stranger = participant(otherMember);
        assertEquals(404, stranger.get(receipt).status());
        assertEquals(404, stranger.download("submissions/file?id=" + file).status());
        assertEquals(302, coordinator.submit("coordinator/allocation.xhtml?cohort=" + own.cohort(), "allocate", Map.of(
                "team_input", String.valueOf(team), "assignment_input", "",
                "expert_input", String.valueOf(TeamWork.accountId("expert1@example.org"))), "allocate").status());
        String allocated = TestDatabase.text("SELECT a.email FROM expert_allocation x JOIN account a ON a.id = x.expert_id "
                + "WHERE x.team_id = ? AND x.assignment_id IS NULL", team);
        String another = TestRun.email("other-expert.review");
        TestCohorts.newExpert(another);
        assertEquals(200, participant(allocated).get(receipt).status(), "the team's expert reads its work");
        assertEquals(200, participant(allocated).download("submissions/file?id=" + file).status());
        assertEquals(404, participant(another).get(receipt).status(), "another expert does not");
        assertEquals(404, participant(another).download("submissions/file?id=" + file).status());
        assertEquals(302, new WebSession(base).get(receipt).status(), "sign-in first");
        assertEquals(200, coordinator.get(receipt).status());
        assertEquals(200, coordinator.download("submissions/file?id=" + file).status());
        assertEquals(404, stranger.get("participant/assignment.xhtml?id=999999999").status());
    }

    @Test
    void badFilesAndTextsAreRefusedWithAClearMessageAndNothingIsStored() throws Exception {
        long assignment = assignment(own.module(5), "Плохие файлы", -1, 24, 48, 1);
        WebSession dina = participant(member);
        String work = "participant/assignment.xhtml?id=" + assignment;
        String viewState = dina.get(work).viewState();
        byte[] executable = new byte[4096];
        executable[0] = 'M';
        executable[1] = 'Z';
        byte[] tooLarge = new byte[1024 * 1024 + 1];
        System.arraycopy(PDF, 0, tooLarge, 0, PDF.length);
        Map<String, byte[]> refused = Map.of(
                "пусто.pdf", new byte[0],
                "программа.pdf", executable,
                "большой.pdf", tooLarge,
                "../../etc/passwd.pdf", PDF,
                "таблица.xlsx", PDF);
        Map<String, String> reasons = Map.of(
                "пусто.pdf", "Файл «пусто.pdf» пустой.",
                "программа.pdf", "Содержимое файла «программа.pdf» не соответствует его расширению. Сохраните файл заново в нужном формате.",
                "большой.pdf", "Файл больше 1 МБ. Загрузите файл поменьше или дайте ссылку на него.",
                "../../etc/passwd.pdf", "Имя файла «../../etc/passwd.pdf» недопустимо. Переименуйте файл и загрузите снова.",
                "таблица.xlsx", "Файл «таблица.xlsx» не подходит: в этом задании принимаются .pdf, .docx.");
        for (Map.Entry<String, byte[]> file : refused.entrySet()) {
            Page answer = dina.ajaxUpload(work, "work", "upload", file.getKey(), "application/pdf", file.getValue(), viewState);
            assertEquals(200, answer.status());
            assertEquals(List.of(reasons.get(file.getKey())), answer.partialMessages(), file.getKey());
        }
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM submission_file f JOIN submission s "
                + "ON s.id = f.submission_id WHERE s.assignment_id = ?", assignment));
        String executableSha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(executable));
        assertFalse(Files.exists(Path.of(System.getProperty("test.work.dir"), "files", "sha256", executableSha)),
                "nothing of a refused file is kept");

        Page hidden = dina.ajaxUpload(work, "work", "upload", "..итоги\tгода.pdf", "application/pdf", PDF, viewState);
        assertEquals(List.of("Файл «итоги_года.pdf» добавлен в черновик."), hidden.partialMessages());
        assertEquals("итоги_года.pdf", TestDatabase.text("SELECT f.file_name FROM submission_file f JOIN submission s "
                + "ON s.id = f.submission_id WHERE s.assignment_id = ?", assignment), "no leading dots, no control characters");

        Page overlong = dina.post(work, "work", Map.of("text", "я".repeat(20_001), "links", ""), "save", viewState);
        assertEquals(List.of("Текст ответа: не длиннее 20 000 символов, сейчас 20 001."), overlong.messages(),
                "the field's own limit, as a person counts it, before anything is saved");
        Page notALink = dina.post(work, "work", Map.of("text", "Ответ", "links", "javascript:alert(1)"), "save", viewState);
        assertEquals(List.of("«javascript:alert(1)» — не ссылка: нужен адрес, начинающийся с https:// или http://."), notALink.messages());
        Page noStatement = dina.post(work, "work", Map.of("text", "Ответ", "links", ""), "submit", viewState);
        assertEquals(List.of("Подтвердите, что это собственная работа вашей команды."), noStatement.messages());
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM submission_version v JOIN submission s "
                + "ON s.id = v.submission_id WHERE s.assignment_id = ?", assignment));
        assertEquals(null, TestDatabase.text("SELECT draft_text FROM submission WHERE assignment_id = ?", assignment),
                "no refused text reached the draft");
    }

    @Test
    void aFiftyMegabyteFileGoesInAndOutWhole() throws Exception {
        long assignment = assignment(own.module(6), "Большой файл", -1, 24, 48, 50);
        WebSession ours = participant(member);
        String work = "participant/assignment.xhtml?id=" + assignment;
        byte[] big = new byte[50 * 1024 * 1024];
        Arrays.fill(big, (byte) 'x');
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        Page uploaded = ours.ajaxUpload(work, "work", "upload", "видео-отчёт.pdf", "application/pdf", big,
                ours.get(work).viewState());
        assertEquals(List.of("Файл «видео-отчёт.pdf» добавлен в черновик."), uploaded.partialMessages());
        long file = TestDatabase.count("SELECT MAX(f.id) FROM submission_file f JOIN submission s ON s.id = f.submission_id "
                + "WHERE s.assignment_id = ?", assignment);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(big));
        assertEquals(sha, TestDatabase.text("SELECT sha256 FROM submission_file WHERE id = ?", file));
        Download back = ours.download("submissions/file?id=" + file);
        assertEquals(big.length, back.size());
        assertEquals(sha, back.sha256());
    }

    @Test
    void coordinatorsAssignmentWithDatesOutOfOrderIsRefusedAndNothingIsStored() {
        long before = TestDatabase.count("SELECT COUNT(*) FROM assignment WHERE module_id = ?", own.module(1));
        Page refused = coordinator.submitMany("coordinator/assignment.xhtml?module=" + own.module(1), "assignment",
                assignmentForm("Неверные даты", hoursFromNow(10), hoursFromNow(5), hoursFromNow(20), 20), "save");
        assertEquals(200, refused.status());
        assertEquals(List.of("Срок сдачи должен быть позже открытия задания."), refused.messages());
        Map<String, List<String>> noWay = assignmentForm("Без способа ответа", hoursFromNow(1), hoursFromNow(5),
                hoursFromNow(20), 20);
        noWay.remove("text_input");
        noWay.remove("links_input");
        noWay.remove("types");
        Page refusedToo = coordinator.submitMany("coordinator/assignment.xhtml?module=" + own.module(1), "assignment",
                noWay, "save");
        assertEquals(List.of("Разрешите хотя бы один способ ответа: текст, ссылки или файлы."), refusedToo.messages());
        assertEquals(before, TestDatabase.count("SELECT COUNT(*) FROM assignment WHERE module_id = ?", own.module(1)));
    }

    @Test
    void rubricIsBuiltFromLevelsTypedOnePerLineAndABadLineIsNamed() {
        Page created = coordinator.submit("coordinator/rubrics.xhtml", "create", Map.of("title", "Рубрика теста"), "create");
        assertEquals(302, created.status(), created.body());
        String rubric = created.location().orElseThrow().replaceFirst("^.*?/marathon/", "");
        Page bad = coordinator.submit(rubric, "criterion", Map.of("title", "Ясность",
                "levels", "0 — неясно\nхорошо"), "add");
        assertEquals(List.of("Строка «хорошо» должна начинаться с баллов, например: «2 — выполнено частично»."), bad.messages());
        Page added = coordinator.submit(rubric, "criterion", Map.of("title", "Ясность",
                "levels", "0 — неясно\n2 — ясно\n1 — местами"), "add");
        assertEquals(302, added.status(), added.body());
        Page shown = coordinator.get(rubric);
        Element criterion = shown.html().select("h3").stream().filter(h -> h.ownText().equals("Ясность")).findFirst().orElseThrow();
        assertEquals("до 2 баллов", criterion.selectFirst(".row__meta").text(), "the criterion's maximum");
        assertEquals(List.of("0 — неясно", "1 — местами", "2 — ясно"), criterion.nextElementSibling().select("li").eachText(),
                "levels in the order of their points");
    }

    @Test
    void teamPagesIssueAFewStatementsWhateverTheWorkDone() {
        long assignment = assignment(own.module(6), "Счёт запросов", -1, 24, 48, 20);
        WebSession participant = participant(member);
        String work = "participant/assignment.xhtml?id=" + assignment;
        Page page = participant.get(work);
        participant.ajaxUpload(work, "work", "upload", "a.pdf", "application/pdf", PDF, page.viewState());
        participant.ajaxUpload(work, "work", "upload", "b.pdf", "application/pdf", "%PDF-1.7 b".getBytes(StandardCharsets.US_ASCII),
                page.viewState());
        String receipt = participant.post(work, "work", statementAnd("Первая", ""), "submit", page.viewState())
                .location().orElseThrow().replaceFirst("^.*?/marathon/", "");
        participant.submit(work, "work", statementAnd("Вторая", ""), "submit");
        // Work on several assignments: a page must not read each submission's assignment one by one.
        for (int i = 0; i < 3; i++) {
            TeamWork.submit(participant, assignment(own.module(6), "Ещё одно", -1, 24, 48, 20), "Ответ " + i);
        }
        Map<WebSession, List<String>> pages = Map.of(
                participant, List.of("participant/index.xhtml", "participant/team.xhtml", work, receipt),
                coordinator, List.of("coordinator/team.xhtml?id=" + team, receipt));
        pages.forEach((who, paths) -> paths.forEach(path -> {
            long statements = TestDatabase.statementsFor(who, path);
            System.out.println("SQL statements for " + path + ": " + statements);
            assertTrue(statements <= 12, path + " issued " + statements + " SQL statements");
        }));
    }

    // --- helpers -------------------------------------------------------------------------------

    /** A new assignment of the module, opening, due and closing the given hours from now (Moscow). */
    private long assignment(long module, String title, int opensIn, int dueIn, int closesIn, int maxMb) {
        return TeamWork.assignment(coordinator, module, title, hoursFromNow(opensIn), hoursFromNow(dueIn),
                hoursFromNow(closesIn), maxMb);
    }

    private WebSession participant(String email) {
        WebSession s = new WebSession(base);
        s.signIn(email, DemoCohort.PASSWORD);
        return s;
    }

    private long newCohort(int year) {
        assertEquals(302, coordinator.submit("coordinator/cohort.xhtml", "cohort", TestCohorts.form(year, TestCohorts.PAST + "-04-24"),
                "save").status());
        return TestDatabase.count("SELECT id FROM cohort WHERE year = ?", year);
    }
}
