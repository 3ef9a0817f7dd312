package org.csomarathon.it;

import static org.csomarathon.it.TestCohorts.demoModule;
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

    @BeforeEach
    void coordinatorSignedIn() {
        assertEquals("/marathon/", base.getPath(), "Marathon was not deployed; read the Payara Micro log above");
        coordinator = new WebSession(base);
        coordinator.signIn("coordinator@example.org", DemoCohort.PASSWORD);
    }

    @Test
    void teamSavesADraftSubmitsItAndThenASecondVersionKeepingBoth() throws Exception {
        long assignment = assignment(demoModule(1), "Черновик и версии", -1, 48, 72, 20);
        WebSession anna = participant("participant05@example.org");
        String work = "participant/assignment.xhtml?id=" + assignment;

        Page saved = anna.submit(work, "work", Map.of("text", "Первый набросок", "links", "https://example.org/plan"), "save");
        assertEquals(302, saved.status(), saved.body());
        WebSession teammate = participant(TestCohorts.teammateOf("participant05@example.org"));
        String teammatesView = teammate.get(work).body();
        assertTrue(teammatesView.contains("Первый набросок") && teammatesView.contains("черновик"),
                "the draft is the team's: a teammate sees it");

        Page page = anna.get(work);
        Page uploaded = anna.ajaxUpload(work, "work", "upload", "план.pdf", "application/pdf", PDF, page.viewState());
        assertTrue(uploaded.body().contains("Файл «план.pdf» добавлен в черновик."), uploaded.body());
        Page first = anna.post(work, "work", statementAnd("Первая версия", "https://example.org/plan"), "submit",
                page.viewState());
        assertEquals(302, first.status(), first.body());
        assertTrue(first.location().orElseThrow().contains("submissions/version.xhtml?id="));

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
        assertTrue(receipt.body().contains("Квитанция: версия 2") && receipt.body().contains(sha)
                && receipt.body().contains("план.pdf") && receipt.body().contains(PDF.length + " байт"), receipt.body());
        String team = teammate.get("participant/team.xhtml").body();
        assertTrue(team.contains("Черновик и версии") && team.contains("Версия 2") && team.contains("сдано"), team);
    }

    @Test
    void submissionAfterTheDueTimeIsMarkedLateAndAfterTheCutOffIsRefusedWithTheReason() {
        long late = assignment(demoModule(2), "Сдаём с опозданием", -48, -1, 24, 20);
        long closed = assignment(demoModule(2), "Приём закрыт", -48, -3, -1, 20);
        WebSession boris = participant("participant06@example.org");

        Page accepted = boris.submit("participant/assignment.xhtml?id=" + late, "work", statementAnd("Поздно, но сдаём", ""), "submit");
        assertEquals(302, accepted.status(), accepted.body());
        assertEquals(1, TestDatabase.count("SELECT v.late FROM submission_version v JOIN submission s ON s.id = v.submission_id "
                + "WHERE s.assignment_id = ?", late));
        assertTrue(boris.get(accepted.location().orElseThrow().replaceFirst("^.*?/marathon/", "")).body()
                .contains("сдано с опозданием"));

        String page = boris.get("participant/assignment.xhtml?id=" + closed).body();
        assertTrue(page.contains("Приём закрыт: работы больше не принимаются.") && !page.contains("id=\"work\""),
                "after the cut-off the form is gone");
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM submission WHERE assignment_id = ?", closed));
    }

    @Test
    void aSubmitSentAfterTheCutOffIsRefusedWithTheCutOffTimeEvenFromAPageOpenedBefore() {
        long assignment = assignment(demoModule(2), "Закрыли раньше", -48, 2, 4, 20);
        WebSession gleb = participant("participant07@example.org");
        String work = "participant/assignment.xhtml?id=" + assignment;
        String openBefore = gleb.get(work).viewState();
        Page closedEarly = coordinator.submitMany("coordinator/assignment.xhtml?id=" + assignment, "assignment",
                assignmentForm("Закрыли раньше", hoursFromNow(-48), hoursFromNow(-2), hoursFromNow(-1), 20), "save");
        assertEquals(302, closedEarly.status(), closedEarly.body());

        Page refused = gleb.post(work, "work", statementAnd("Успели?", ""), "submit", openBefore);
        assertEquals(200, refused.status());
        String cutOff = String.valueOf(hoursFromNow(-1).getHour());
        assertTrue(refused.body().contains("Приём работ закрылся") && refused.body().contains(cutOff + ":")
                && refused.body().contains("координатору"), refused.body());
        assertTrue(refused.body().contains("Приём закрыт: работы больше не принимаются."), "the page shows it as it is now");
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM submission WHERE assignment_id = ?", assignment));
    }

    @Test
    void extensionGivesTheTeamItsOwnDatesOnEveryPageAndInTheCalendar() throws Exception {
        long assignment = assignment(demoModule(3), "Продление", -72, -26, -25, 20);
        String member = "participant09@example.org";
        long team = TestCohorts.demoTeamOf(member);
        LocalDateTime newDue = LocalDateTime.now(TestClock.clock().withZone(MOSCOW)).plusDays(3).withHour(18).withMinute(30).withSecond(0).withNano(0);
        Page granted = coordinator.submit("coordinator/team.xhtml?id=" + team, "extension", Map.of(
                "assignment_input", String.valueOf(assignment), "due", newDue.format(FORM_TIME),
                "cutOff", newDue.plusDays(1).format(FORM_TIME), "reason", "Болезнь координатора команды"), "grant");
        assertEquals(302, granted.status(), granted.body());
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM team_extension WHERE assignment_id = ? AND team_id = ?",
                assignment, team));

        WebSession participant = participant(member);
        String shownDue = newDue.getDayOfMonth() + " ";
        String home = participant.get("participant/index.xhtml").body();
        assertTrue(home.contains("Продление") && home.contains("продлён"), "home lists it with the team's date");
        String teamPage = participant.get("participant/team.xhtml").body();
        assertTrue(teamPage.contains("продлён") && teamPage.contains("Болезнь координатора команды"), teamPage);
        String work = participant.get("participant/assignment.xhtml?id=" + assignment).body();
        assertTrue(work.contains("Срок продлён для вашей команды.") && work.contains(shownDue)
                && work.contains("Приём открыт"), work);

        Page issued = participant.submit("account/calendar.xhtml", "feed", Map.of(), "issue");
        Matcher url = Pattern.compile("calendar/feed\\.ics\\?token=([A-Za-z0-9_-]+)").matcher(issued.body());
        assertTrue(url.find(), issued.body());
        String feed = new WebSession(base).get("calendar/feed.ics?token=" + url.group(1)).body().replace("\r\n ", "");
        String dueUtc = newDue.atZone(MOSCOW).withZoneSameInstant(ZoneId.of("UTC"))
                .format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"));
        assertTrue(feed.contains("SUMMARY:Срок сдачи: Продление") && feed.contains("DTEND:" + dueUtc), feed);

        Page onTime = participant.submit("participant/assignment.xhtml?id=" + assignment, "work",
                statementAnd("Сдаём в продлённый срок", ""), "submit");
        assertEquals(302, onTime.status(), onTime.body());
        assertEquals(0, TestDatabase.count("SELECT v.late FROM submission_version v JOIN submission s ON s.id = v.submission_id "
                + "WHERE s.assignment_id = ?", assignment));

        String otherTeams = participant(memberOfAnotherTeam(team)).get("participant/assignment.xhtml?id=" + assignment).body();
        assertTrue(otherTeams.contains("Приём закрыт") && !otherTeams.contains("продлён"),
                "another team keeps the assignment's own dates");
    }

    @Test
    void twoMembersSubmittingAtTheSameMomentMakeExactlyOneVersion() throws Exception {
        long assignment = assignment(demoModule(4), "Одновременно", -1, 24, 48, 20);
        String work = "participant/assignment.xhtml?id=" + assignment;
        String first = "participant13@example.org";
        List<WebSession> members = List.of(participant(first), participant(TestCohorts.teammateOf(first)));
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
        long assignment = assignment(demoModule(4), "Правки двоих", -1, 24, 48, 20);
        String work = "participant/assignment.xhtml?id=" + assignment;
        WebSession vera = participant("participant17@example.org");
        WebSession teammate = participant(TestCohorts.teammateOf("participant17@example.org"));
        String verasView = vera.get(work).viewState();
        assertEquals(302, teammate.submit(work, "work", Map.of("text", "Текст коллеги", "links", ""), "save").status());

        Page refused = vera.post(work, "work", Map.of("text", "Текст Веры", "links", ""), "save", verasView);
        assertEquals(200, refused.status());
        assertTrue(refused.body().contains("Пока вы работали, черновик изменил(а)") && refused.body().contains("Текст коллеги")
                && refused.body().contains("Текст Веры"), "both texts are on the page: " + refused.body());
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
        List<String> people = List.of("participant21@example.org", "participant22@example.org",
                "participant23@example.org", "participant24@example.org");
        for (String email : people) {
            assertEquals(302, coordinator.submit(teams, "admit", Map.of("email", email), "admit").status());
        }
        Page proposed = coordinator.submit(teams, "propose", Map.of("size", "2"), "propose");
        assertEquals(200, proposed.status());
        assertTrue(proposed.body().contains("Сформировать эти команды"), proposed.body());
        Page formed = coordinator.post(teams, "accept", Map.of("prefix", "Группа"), "accept", proposed.viewState());
        assertEquals(302, formed.status(), formed.body());
        assertEquals(2, TestDatabase.count("SELECT COUNT(*) FROM team WHERE cohort_id = ?", cohort));
        assertEquals(4, TestDatabase.count("SELECT COUNT(*) FROM team_membership m JOIN team t ON t.id = m.team_id "
                + "WHERE t.cohort_id = ? AND m.left_at IS NULL", cohort));

        String mover = people.get(0);
        long oldTeam = TestDatabase.count("SELECT m.team_id FROM team_membership m JOIN team t ON t.id = m.team_id "
                + "JOIN account a ON a.id = m.account_id WHERE t.cohort_id = ? AND a.email = ?", cohort, mover);
        long newTeam = TestDatabase.count("SELECT id FROM team WHERE cohort_id = ? AND id <> ?", cohort, oldTeam);
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
        String oldTeamPage = moving.get("participant/team.xhtml?id=" + oldTeam).body();
        assertTrue(oldTeamPage.contains("Это ваша прежняя команда") && oldTeamPage.contains("До перевода")
                && oldTeamPage.contains("Версия 1"), oldTeamPage);
        String stayer = TestDatabase.text("SELECT a.email FROM team_membership m JOIN account a ON a.id = m.account_id "
                + "WHERE m.team_id = ? AND m.left_at IS NULL LIMIT 1", oldTeam);
        assertTrue(participant(stayer).get(receipt).body().contains("Сделано в старой команде"),
                "the old team keeps the work, with who sent it");
        String newWork = moving.get("participant/assignment.xhtml?id=" + assignment).body();
        assertTrue(newWork.contains("Команда ещё ничего не сдала."), "the new team starts on its own: " + newWork);
        String history = coordinator.get("coordinator/team.xhtml?id=" + oldTeam).body();
        assertTrue(history.contains("История состава") && history.contains(" по "), "the stay is closed, not deleted");
    }

    @Test
    void anotherTeamsVersionAndFileAreRefusedByAddress() {
        long assignment = assignment(demoModule(5), "Чужое не открыть", -1, 24, 48, 20);
        String owner = "participant25@example.org";
        WebSession team = participant(owner);
        String work = "participant/assignment.xhtml?id=" + assignment;
        Page page = team.get(work);
        team.ajaxUpload(work, "work", "upload", "отчёт.pdf", "application/pdf", PDF, page.viewState());
        Page sent = team.post(work, "work", statementAnd("Наше", ""), "submit", page.viewState());
        String receipt = sent.location().orElseThrow().replaceFirst("^.*?/marathon/", "");
        long file = TestDatabase.count("SELECT MAX(f.id) FROM submission_file f JOIN submission s ON s.id = f.submission_id "
                + "WHERE s.assignment_id = ? AND f.version_id IS NOT NULL", assignment);

        Download own = team.download("submissions/file?id=" + file);
        assertEquals(200, own.status());
        assertEquals("nosniff", own.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertTrue(own.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment;"));

        WebSession stranger = participant(memberOfAnotherTeam(TestCohorts.demoTeamOf(owner)));
        assertEquals(404, stranger.get(receipt).status());
        assertEquals(404, stranger.download("submissions/file?id=" + file).status());
        String allocated = TestDatabase.text("SELECT a.email FROM expert_allocation x JOIN account a ON a.id = x.expert_id "
                + "WHERE x.team_id = ? AND x.assignment_id IS NULL", TestCohorts.demoTeamOf(owner));
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
        long assignment = assignment(demoModule(5), "Плохие файлы", -1, 24, 48, 1);
        WebSession dina = participant("participant29@example.org");
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
                "программа.pdf", "Содержимое файла «программа.pdf» не соответствует его расширению.",
                "большой.pdf", "Файл больше 1 МБ.",
                "../../etc/passwd.pdf", "недопустим",
                "таблица.xlsx", "Файл «таблица.xlsx» не подходит: в этом задании принимаются .pdf, .docx.");
        for (Map.Entry<String, byte[]> file : refused.entrySet()) {
            Page answer = dina.ajaxUpload(work, "work", "upload", file.getKey(), "application/pdf", file.getValue(), viewState);
            assertEquals(200, answer.status());
            assertTrue(answer.body().contains(reasons.get(file.getKey())), file.getKey() + ": " + answer.body());
        }
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM submission_file f JOIN submission s "
                + "ON s.id = f.submission_id WHERE s.assignment_id = ?", assignment));
        String executableSha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(executable));
        assertFalse(Files.exists(Path.of(System.getProperty("test.work.dir"), "files", "sha256", executableSha)),
                "nothing of a refused file is kept");

        Page hidden = dina.ajaxUpload(work, "work", "upload", "..итоги\t2027.pdf", "application/pdf", PDF, viewState);
        assertTrue(hidden.body().contains("Файл «итоги_2027.pdf» добавлен"), hidden.body());
        assertEquals("итоги_2027.pdf", TestDatabase.text("SELECT f.file_name FROM submission_file f JOIN submission s "
                + "ON s.id = f.submission_id WHERE s.assignment_id = ?", assignment), "no leading dots, no control characters");

        Page overlong = dina.post(work, "work", Map.of("text", "я".repeat(20_001), "links", ""), "save", viewState);
        assertTrue(overlong.body().contains("Текст ответа — не длиннее 20\u00a0000 символов, сейчас 20\u00a0001."), overlong.body());
        Page notALink = dina.post(work, "work", Map.of("text", "Ответ", "links", "javascript:alert(1)"), "save", viewState);
        assertTrue(notALink.body().contains("не ссылка"), notALink.body());
        Page noStatement = dina.post(work, "work", Map.of("text", "Ответ", "links", ""), "submit", viewState);
        assertTrue(noStatement.body().contains("Подтвердите, что это собственная работа вашей команды."));
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM submission_version v JOIN submission s "
                + "ON s.id = v.submission_id WHERE s.assignment_id = ?", assignment));
        assertEquals(null, TestDatabase.text("SELECT draft_text FROM submission WHERE assignment_id = ?", assignment),
                "no refused text reached the draft");
    }

    @Test
    void aFiftyMegabyteFileGoesInAndOutWhole() throws Exception {
        long assignment = assignment(demoModule(6), "Большой файл", -1, 24, 48, 50);
        WebSession team = participant("participant33@example.org");
        String work = "participant/assignment.xhtml?id=" + assignment;
        byte[] big = new byte[50 * 1024 * 1024];
        Arrays.fill(big, (byte) 'x');
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        Page uploaded = team.ajaxUpload(work, "work", "upload", "видео-отчёт.pdf", "application/pdf", big,
                team.get(work).viewState());
        assertTrue(uploaded.body().contains("добавлен в черновик"), uploaded.body());
        long file = TestDatabase.count("SELECT MAX(f.id) FROM submission_file f JOIN submission s ON s.id = f.submission_id "
                + "WHERE s.assignment_id = ?", assignment);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(big));
        assertEquals(sha, TestDatabase.text("SELECT sha256 FROM submission_file WHERE id = ?", file));
        Download back = team.download("submissions/file?id=" + file);
        assertEquals(big.length, back.size());
        assertEquals(sha, back.sha256());
    }

    @Test
    void coordinatorsAssignmentWithDatesOutOfOrderIsRefusedAndNothingIsStored() {
        long before = TestDatabase.count("SELECT COUNT(*) FROM assignment");
        Page refused = coordinator.submitMany("coordinator/assignment.xhtml?module=" + demoModule(1), "assignment",
                assignmentForm("Неверные даты", hoursFromNow(10), hoursFromNow(5), hoursFromNow(20), 20), "save");
        assertEquals(200, refused.status());
        assertTrue(refused.body().contains("Срок сдачи должен быть позже открытия задания."), refused.body());
        Map<String, List<String>> noWay = assignmentForm("Без способа ответа", hoursFromNow(1), hoursFromNow(5),
                hoursFromNow(20), 20);
        noWay.remove("text_input");
        noWay.remove("links_input");
        noWay.remove("types");
        Page refusedToo = coordinator.submitMany("coordinator/assignment.xhtml?module=" + demoModule(1), "assignment",
                noWay, "save");
        assertTrue(refusedToo.body().contains("Разрешите хотя бы один способ ответа"), refusedToo.body());
        assertEquals(before, TestDatabase.count("SELECT COUNT(*) FROM assignment"));
    }

    @Test
    void rubricIsBuiltFromLevelsTypedOnePerLineAndABadLineIsNamed() {
        Page created = coordinator.submit("coordinator/rubrics.xhtml", "create", Map.of("title", "Рубрика теста"), "create");
        assertEquals(302, created.status(), created.body());
        String rubric = created.location().orElseThrow().replaceFirst("^.*?/marathon/", "");
        Page bad = coordinator.submit(rubric, "criterion", Map.of("title", "Ясность",
                "levels", "0 — неясно\nхорошо"), "add");
        assertTrue(bad.body().contains("Строка «хорошо» должна начинаться с баллов"), bad.body());
        Page added = coordinator.submit(rubric, "criterion", Map.of("title", "Ясность",
                "levels", "0 — неясно\n2 — ясно\n1 — местами"), "add");
        assertEquals(302, added.status(), added.body());
        String shown = coordinator.get(rubric).body();
        assertTrue(shown.contains("до 2 баллов") && shown.indexOf("— местами") < shown.indexOf("— ясно"), shown);
    }

    @Test
    void teamPagesIssueAFewStatementsWhateverTheWorkDone() {
        String member = "participant35@example.org";
        long assignment = assignment(demoModule(6), "Счёт запросов", -1, 24, 48, 20);
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
            TeamWork.submit(participant, assignment(demoModule(6), "Ещё одно", -1, 24, 48, 20), "Ответ " + i);
        }
        Map<WebSession, List<String>> pages = Map.of(
                participant, List.of("participant/index.xhtml", "participant/team.xhtml", work, receipt),
                coordinator, List.of("coordinator/team.xhtml?id=" + TestCohorts.demoTeamOf(member), receipt));
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

    private static String memberOfAnotherTeam(long teamId) {
        return TestDatabase.text("SELECT a.email FROM team_membership m JOIN account a ON a.id = m.account_id "
                + "JOIN team t ON t.id = m.team_id "
                + "WHERE t.cohort_id = ? AND m.left_at IS NULL AND m.team_id <> ? ORDER BY a.email LIMIT 1",
                TestCohorts.demoCohort(), teamId);
    }

    private long newCohort(int year) {
        assertEquals(302, coordinator.submit("coordinator/cohort.xhtml", "cohort", TestCohorts.form(year, TestCohorts.PAST + "-04-24"),
                "save").status());
        return TestDatabase.count("SELECT id FROM cohort WHERE year = ?", year);
    }
}
