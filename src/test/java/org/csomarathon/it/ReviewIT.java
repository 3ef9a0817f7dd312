package org.csomarathon.it;

import static org.csomarathon.it.ExpertWork.feedback;
import static org.csomarathon.it.ExpertWork.reviewOf;
import static org.csomarathon.it.ExpertWork.reviewOfTeam;
import static org.csomarathon.it.TeamWork.accountId;
import static org.csomarathon.it.TeamWork.hoursFromNow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.csomarathon.demo.DemoCohort;
import org.csomarathon.it.WebSession.Download;
import org.csomarathon.it.WebSession.Page;
import org.csomarathon.platform.Language;
import org.csomarathon.platform.Times;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Expert review: allocation of experts to teams, and each expert's queue of work waiting for them. */
@MarathonIT
class ReviewIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.marathon();
    }

    @ArquillianResource
    URL base;

    private WebSession coordinator;

    /** The class's own cohort; each test makes its own two teams in it. */
    private static long cohort;

    /** The test's own team of one member in the class's cohort, and another team of one. */
    private TestCohorts.Own own;
    private String member;
    private long team;
    private String otherMember;
    private long otherTeam;

    @BeforeEach
    void coordinatorSignedInWithTeamsOfTheTestsOwn() {
        assertEquals("/marathon/", base.getPath(), "Marathon was not deployed; read the Payara Micro log above");
        coordinator = signedIn("coordinator@example.org");
        if (cohort == 0) {
            cohort = TestCohorts.newCohort(coordinator);
        }
        own = TestCohorts.ownTeam(coordinator, cohort, "review", 1);
        member = own.members().get(0);
        team = own.team();
        otherMember = TestRun.email("review.other" + System.nanoTime());
        TestCohorts.newParticipant(otherMember, "Участник другой команды", "ru", "Europe/Moscow");
        otherTeam = TestCohorts.addTeam(coordinator, own.cohort(), "Другая " + System.nanoTime(), List.of(otherMember));
    }

    @Test
    void expertFromATeamMembersOrganisationIsRefusedWithTheConflictNamed() {
        long expert = accountId("expert3@example.org");
        long organisation = TestDatabase.count("SELECT organisation_id FROM account WHERE id = ?", expert);
        TestDatabase.execute("UPDATE account SET organisation_id = ? WHERE email = ?", organisation, member);
        long before = TestDatabase.count("SELECT COUNT(*) FROM expert_allocation WHERE team_id = ? AND expert_id = ?", team, expert);

        Page refused = allocate(team, null, expert);
        assertEquals(200, refused.status());
        String organisationName = TestDatabase.text("SELECT name FROM organisation WHERE id = ?", organisation);
        assertEquals(List.of("Конфликт интересов: Екатерина Игоревна Смирнова из организации «" + organisationName
                + "», как и участник команды «" + teamName(team) + "». Назначьте другого эксперта."), refused.messages());
        assertEquals(before, TestDatabase.count("SELECT COUNT(*) FROM expert_allocation WHERE team_id = ? AND expert_id = ?",
                team, expert));
        assertTrue(coordinator.get("coordinator/allocation.xhtml?cohort=" + own.cohort()).texts("option")
                .contains("Екатерина Игоревна Смирнова · " + organisationName), "the expert's organisation is shown in the choice");
    }

    @Test
    void expertsHomeShowsTheirWaitingWorkFirstThenTheirOwnTeams() {
        long assignment = TeamWork.assignment(coordinator, own.module(3), "Домашняя очередь", hoursFromNow(-1),
                hoursFromNow(24), hoursFromNow(48), 20);
        allocate(team, assignment, accountId("expert2@example.org"));
        TeamWork.submit(signedIn(member), assignment, "Ждём отзыва");

        Page home = signedIn("expert2@example.org").get("expert/index.xhtml");
        assertEquals(List.of("Ждут вашей проверки", "Ваши команды", "Команды"), home.texts("main h2").subList(0, 3),
                "the expert's own work comes before every team of the cohort");
        long waiting = TestDatabase.count("SELECT COUNT(*) FROM review r JOIN account e ON e.id = r.expert_id "
                + "WHERE e.email = 'expert2@example.org' AND r.state <> 'RELEASED'");
        assertEquals("Работ в вашей очереди: " + waiting + ". Сначала — те, что ждут дольше всех.",
                home.text("#waiting-heading + p"));
        List<String> oldest = TestDatabase.texts("SELECT CONCAT(t.name, ' — ', a.title) FROM review r "
                + "JOIN account e ON e.id = r.expert_id JOIN team t ON t.id = r.team_id JOIN assignment a ON a.id = r.assignment_id "
                + "WHERE e.email = 'expert2@example.org' AND r.state <> 'RELEASED' ORDER BY r.created_at, r.id LIMIT 5");
        assertEquals(oldest, home.texts("#waiting-heading ~ ul.rows li > a"));
        assertEquals(TestDatabase.texts("SELECT DISTINCT t.name FROM expert_allocation a JOIN team t ON t.id = a.team_id "
                        + "JOIN account e ON e.id = a.expert_id WHERE e.email = 'expert2@example.org' AND t.cohort_id = ? "
                        + "ORDER BY t.name", TestCohorts.demoCohort()),
                home.texts("#own-teams-heading ~ .team-grid h3"), "the current cohort's teams allocated to the expert");
        assertEquals(List.of("Весь марафон"), home.texts("#own-teams-heading ~ .team-grid .team > p.row__meta").stream()
                .distinct().toList());
    }

    @Test
    void anExpertIsOneOnlyOfTheCohortsTheyAreNamedFor() {
        String staff = "coordinator/staff.xhtml?cohort=" + own.cohort();
        long third = accountId("expert3@example.org");
        assertEquals(TestDatabase.text("SELECT name FROM cohort WHERE year < (SELECT year FROM cohort WHERE id = ?) ORDER BY year DESC "
                + "LIMIT 1", own.cohort()), coordinator.get(staff).text("[name='copy:from'] option[selected]"),
                "the cohort of the year before is proposed to take from");
        List<String> named = coordinator.get(staff).texts("#staff-list > li > strong");
        assertTrue(named.size() >= 5, "the demo's three experts and two reviewers, taken in one step: " + named);
        int row = coordinator.get(staff).html().select("#staff-list > li").stream().map(li -> li.selectFirst(".row__meta").text())
                .toList().indexOf("Эксперт · expert3@example.org");
        assertEquals(302, coordinator.submit(staff, "named", Map.of(), "list:" + row + ":remove").status());
        String allocation = "coordinator/allocation.xhtml?cohort=" + own.cohort();
        assertFalse(coordinator.get(allocation).html().select("#allocate\\:expert_input option").eachAttr("value")
                .contains(String.valueOf(third)), "an expert of other cohorts is not offered for this one");
        assertEquals(List.of("Эксперт: выберите значение из списка."), allocate(team, null, third).messages(),
                "nor taken when posted");
        assertEquals(302, coordinator.submit(staff, "name", Map.of("email", "expert3@example.org", "role", "EXPERT"), "add").status());
        assertEquals(302, allocate(team, null, third).status(), "named again, allocated");
        assertEquals(302, allocate(team, null, accountId("expert1@example.org")).status());

        String nobody = TestRun.email("nobody.staff");
        assertEquals(List.of("Учётной записи с адресом " + nobody + " нет."), coordinator.submit(staff, "name",
                Map.of("email", nobody, "role", "EXPERT"), "add").messages());
        String participant = TestDatabase.text("SELECT full_name FROM account WHERE email = ?", member);
        assertEquals(List.of("У человека «" + participant + "» нет этой роли: её даёт администратор."), coordinator.submit(staff,
                "name", Map.of("email", member, "role", "EXPERT"), "add").messages());
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM cohort_staff s JOIN account a ON a.id = s.account_id "
                + "WHERE s.cohort_id = ? AND a.email = ?", own.cohort(), member), "a refused naming changes nothing");
    }

    @Test
    void eachExpertsQueueShowsOnlyTheWorkAllocatedToThemAndCoordinatorsSeeAll() {
        long assignment = TeamWork.assignment(coordinator, own.module(3), "Очередь", hoursFromNow(-1), hoursFromNow(24),
                hoursFromNow(48), 20);
        allocate(team, null, accountId("expert1@example.org"));
        allocate(otherTeam, null, accountId("expert2@example.org"));
        TeamWork.submit(signedIn(member), assignment, "Работа первой команды");
        TeamWork.submit(signedIn(otherMember), assignment, "Работа второй команды");

        assertEquals(List.of(teamName(team)), queueOf("expert1@example.org", assignment));
        assertEquals(List.of(teamName(otherTeam)), queueOf("expert2@example.org", assignment));
        Page all = coordinator.get("coordinator/queue.xhtml?assignment=" + assignment);
        assertEquals("Очереди экспертов", all.heading());
        assertEquals(List.of(teamName(team), teamName(otherTeam)), all.rows("#queue-items").stream().map(row -> row.get(0))
                .sorted(Comparator.comparing(name -> name.equals(teamName(team)) ? 0 : 1)).toList());
        assertEquals(403, signedIn(member).get("expert/queue.xhtml").status());
        assertEquals(2, TestDatabase.count("SELECT COUNT(*) FROM review WHERE assignment_id = ? AND state = 'WAITING'",
                assignment));
    }

    @Test
    void reallocationMovesThePendingReviewsAndALaterVersionStaysWithThatExpert() {
        long assignment = TeamWork.assignment(coordinator, own.module(4), "Переназначение", hoursFromNow(-1), hoursFromNow(24),
                hoursFromNow(48), 20);
        allocate(team, null, accountId("expert1@example.org"));
        TeamWork.submit(signedIn(member), assignment, "Версия один");
        assertEquals(accountId("expert1@example.org"), TestDatabase.count("SELECT expert_id FROM review WHERE assignment_id = ?",
                assignment));

        Page moved = allocate(team, assignment, accountId("expert2@example.org"));
        assertEquals(302, moved.status(), moved.body());
        assertEquals(accountId("expert2@example.org"), TestDatabase.count("SELECT expert_id FROM review WHERE assignment_id = ?",
                assignment), "the pending review moved with the allocation");

        TeamWork.submit(signedIn(member), assignment, "Версия два");
        assertEquals(2, TestDatabase.count("SELECT COUNT(*) FROM review WHERE assignment_id = ? AND expert_id = ?",
                assignment, accountId("expert2@example.org")), "the next version goes to the same expert");
        assertEquals(List.of(teamName(team), teamName(team)), queueOf("expert2@example.org", assignment), "both versions wait for them");
    }

    @Test
    void aQueueOfTwentyThousandOpensInAsManyStatementsAsAQueueOfTwenty() {
        long assignment = TeamWork.assignment(coordinator, own.module(5), "Нагрузка", hoursFromNow(-1), hoursFromNow(24),
                hoursFromNow(48), 20);
        long expert = TestCohorts.newExpert(TestRun.email("load-expert.review"));
        allocate(team, assignment, expert);
        TeamWork.submit(signedIn(member), assignment, "Первая");
        long submission = TestDatabase.count("SELECT id FROM submission WHERE assignment_id = ?", assignment);
        WebSession reviewer = signedIn(TestRun.email("load-expert.review"));

        addVersionsWithReviews(submission, team, assignment, expert, 2, 20);
        long twenty = TestDatabase.statementsFor(reviewer, "expert/queue.xhtml");
        assertEquals(20, TestDatabase.count("SELECT COUNT(*) FROM review WHERE expert_id = ?", expert));

        addVersionsWithReviews(submission, team, assignment, expert, 21, 20_000);
        long twentyThousand = TestDatabase.statementsFor(reviewer, "expert/queue.xhtml");
        assertEquals(20_000, TestDatabase.count("SELECT COUNT(*) FROM review WHERE expert_id = ?", expert));
        System.out.println("SQL statements for the queue: " + twenty + " with 20 waiting, " + twentyThousand + " with 20,000");
        assertEquals(twenty, twentyThousand);
        assertTrue(twentyThousand <= 12, "statements: " + twentyThousand);
        Page page = reviewer.get("expert/queue.xhtml");
        assertEquals("Работы 1–25 из 20 000.", shown(page), "the count is shown");
        assertEquals(25, page.html().select("tr.queue__item").size(), "only the first page of rows is sent");
        assertEquals(List.of("Следующие →"), page.texts("main p.row__actions a"));
        assertTrue(page.html().selectFirst("main p.row__actions a").attr("href").endsWith("?sort=submittedAt&first=25"),
                "a link to the next page");
        Page second = reviewer.get("expert/queue.xhtml?sort=submittedAt&first=25");
        assertEquals("Работы 26–50 из 20 000.", shown(second), "the second page");
        assertEquals(25, second.html().select("tr.queue__item").size());
        assertEquals("Работы 19 976–20 000 из 20 000.", shown(reviewer.get("expert/queue.xhtml?first=999999")),
                "a page beyond the last shows the last");
        assertEquals(404, reviewer.get("expert/queue.xhtml?first=x").status(), "a malformed position is the not-found page");
        long late = TestDatabase.count("SELECT COUNT(*) FROM review r JOIN submission_version v ON v.id = r.version_id "
                + "WHERE r.expert_id = ? AND v.late", expert);
        Page lateOnly = reviewer.get("expert/queue.xhtml?late=true&sort=team&desc=true");
        assertEquals("Работы 1–25 из " + String.format(Locale.ROOT, "%,d", late).replace(',', ' ') + ".", shown(lateOnly),
                "the late filter counts " + late);
        assertTrue(lateOnly.has("#late[checked]"), "the filter stays as asked");
        assertEquals(List.of("descending", "none", "none"), lateOnly.html().select("#queue-items th[aria-sort]").eachAttr("aria-sort"),
                "the order stays as asked");

        long firstInQueue = TestDatabase.count("SELECT id FROM review WHERE expert_id = ? ORDER BY created_at, id LIMIT 1", expert);
        long secondInQueue = TestDatabase.count("SELECT id FROM review WHERE expert_id = ? ORDER BY created_at, id "
                + "LIMIT 1 OFFSET 1", expert);
        Page review = reviewer.get("expert/review.xhtml?id=" + firstInQueue);
        assertEquals(List.of("← Очередь на проверку", "Следующая в очереди →"), review.texts("main > p.row__actions a"),
                "next in the queue without going back to the list");
        assertEquals("expert/review.xhtml?id=" + secondInQueue, relative(review.html().select("main > p.row__actions a").get(1).attr("href")));
        Page next = reviewer.get("expert/review.xhtml?id=" + secondInQueue);
        assertEquals(List.of("← Очередь на проверку", "← Предыдущая в очереди", "Следующая в очереди →"),
                next.texts("main > p.row__actions a"));
        assertEquals("expert/review.xhtml?id=" + firstInQueue, relative(next.html().select("main > p.row__actions a").get(1).attr("href")));
    }

    @Test
    void expertScoresWithTheRubricKeepsADraftThenReleasesAndTheTeamSeesItAccepted() {
        long assignment = assignmentWithRubric("С критериями");
        allocate(team, assignment, accountId("expert1@example.org"));
        String work = "participant/assignment.xhtml?id=" + assignment;
        Page before = signedIn(member).get(work);
        assertEquals("Как будет оцениваться работа", before.text("#rubric-heading"));
        assertEquals(List.of(List.of("Задача понята и решена",
                        "0 баллов — не выполнено 2 балла — выполнено частично 4 балла — выполнено полностью"),
                List.of("Опора на материалы модуля",
                        "0 баллов — нет 1 балл — есть, но поверхностно 3 балла — материалы применены к своей организации"),
                List.of("Ясность изложения", "0 баллов — трудно понять 1 балл — понятно 2 балла — ясно и убедительно")),
                before.rows("table.rubric"), "the team reads the rubric before it hands in");
        WebSession author = signedIn(member);
        Page toHandIn = author.get(work);
        assertEquals(List.of("Файл «план.pdf» добавлен в черновик."), author.ajaxUpload(work, "work", "upload", "план.pdf",
                "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII), toHandIn.viewState()).partialMessages());
        String receipt = TeamWork.submit(author, assignment, "Наш план");
        WebSession expert = signedIn("expert1@example.org");
        String page = "expert/review.xhtml?id=" + reviewOf(assignment, 1);
        long pdf = TestDatabase.count("SELECT f.id FROM submission_file f JOIN submission s ON s.id = f.submission_id "
                + "WHERE s.assignment_id = ? AND f.version_id IS NOT NULL", assignment);
        assertEquals(List.of(base.getPath() + "submissions/file?id=" + pdf + "&view=inline"),
                expert.get(page).html().select("iframe.file-viewer").eachAttr("src"), "the handed-in PDF, read beside the rubric");
        Download inline = expert.download("submissions/file?id=" + pdf + "&view=inline");
        assertTrue(inline.headers().firstValue("Content-Disposition").orElseThrow().startsWith("inline;"));
        assertEquals("SAMEORIGIN", inline.headers().firstValue("X-Frame-Options").orElseThrow(), "framed by this site's pages only");

        Page incomplete = expert.submit(page, "review", feedback(expert.get(page), Map.of(0, "4"), "Почти", "ACCEPTED"), "release");
        assertEquals(List.of("Выберите уровень по каждому критерию, прежде чем отправить отзыв."), incomplete.messages());
        Page noDecision = expert.submit(page, "review", feedback(expert.get(page), Map.of(0, "4", 1, "3", 2, "2"), "Хорошо", null),
                "release");
        assertEquals(List.of("Выберите решение: принять работу или вернуть на доработку."), noDecision.messages());

        Page draft = expert.submit(page, "review", feedback(expert.get(page), Map.of(0, "4", 1, "3"), "Черновик **отзыва**",
                "ACCEPTED"), "save");
        assertEquals(302, draft.status(), draft.body());
        assertEquals("DRAFT", TestDatabase.text("SELECT state FROM review WHERE assignment_id = ?", assignment));
        WebSession team1 = signedIn(member);
        assertFalse(team1.get(receipt).has("#feedback-heading"), "a draft is the expert's own");
        assertFalse(team1.get(receipt).body().contains("Черновик"), "nothing of it anywhere in the team's page");

        Page opened = expert.get(page);
        Page attached = expert.ajaxUpload(page, "review", "upload", "разбор.pdf", "application/pdf",
                "%PDF-1.4 разбор с пометками".getBytes(StandardCharsets.UTF_8), opened.viewState());
        assertEquals(List.of("Файл «разбор.pdf» приложен к отзыву."), attached.partialMessages());
        Page notPdf = expert.ajaxUpload(page, "review", "upload", "пример.pdf", "application/pdf",
                "MZ not a document".getBytes(StandardCharsets.UTF_8), opened.viewState());
        assertEquals(List.of("Содержимое файла «пример.pdf» не соответствует его расширению. Сохраните файл заново в нужном формате."),
                notPdf.partialMessages());
        byte[] png = new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        assertEquals(List.of("Файл «схема.png» приложен к отзыву."),
                expert.ajaxUpload(page, "review", "upload", "схема.png", "image/png", png, opened.viewState()).partialMessages());
        long file = TestDatabase.count("SELECT f.id FROM feedback_file f JOIN review r ON r.id = f.review_id "
                + "WHERE r.assignment_id = ? AND f.file_name = 'разбор.pdf'", assignment);
        long picture = TestDatabase.count("SELECT f.id FROM feedback_file f JOIN review r ON r.id = f.review_id "
                + "WHERE r.assignment_id = ? AND f.file_name = 'схема.png'", assignment);
        assertEquals(404, team1.download("submissions/feedback-file?id=" + file).status(), "not before the feedback is released");
        assertEquals(200, expert.download("submissions/feedback-file?id=" + file).status());

        Page released = expert.submit(page, "review", feedback(expert.get(page), Map.of(0, "4", 1, "3", 2, "2"),
                "Сильная работа, **особенно** план.", "ACCEPTED"), "release");
        assertEquals(302, released.status(), released.body());
        assertEquals(9, TestDatabase.count("SELECT SUM(points) FROM review_score s JOIN review r ON r.id = s.review_id "
                + "WHERE r.assignment_id = ?", assignment));
        Page shown = team1.get(receipt);
        assertEquals("Отзыв эксперта", shown.text("#feedback-heading"));
        assertEquals("особенно", shown.text("#feedback-heading ~ .prose strong"));
        assertEquals("принято", shown.text("#feedback-heading ~ p .status"));
        assertEquals("Итого: 9 баллов из 9", shown.text(".feedback__total"));
        assertEquals(List.of(List.of("Задача понята и решена", "выполнено полностью", "4 из 4"),
                List.of("Опора на материалы модуля", "материалы применены к своей организации", "3 из 3"),
                List.of("Ясность изложения", "ясно и убедительно", "2 из 2")), shown.rows("table.feedback__scores"));
        Page accepted = team1.get(work);
        assertEquals("Работа принята", accepted.text("#outcome-heading"), "the outcome is the first thing on the page");
        assertEquals("Итого: 9 баллов из 9", accepted.text("#outcome-heading ~ p .feedback__total"));
        assertEquals("особенно", accepted.text("#outcome-heading ~ .prose strong"));
        assertEquals(List.of(List.of("Задача понята и решена", "выполнено полностью", "4 из 4"),
                List.of("Опора на материалы модуля", "материалы применены к своей организации", "3 из 3"),
                List.of("Ясность изложения", "ясно и убедительно", "2 из 2")), accepted.rows("#outcome-heading ~ div table"));
        assertEquals("Работа принята — задание засчитано.", accepted.text("#state .notice"),
                "no invitation to hand in as if nothing happened");
        assertEquals("Новая версия — по желанию", accepted.text("#draft-heading"));
        assertEquals("Отзыв эксперта", accepted.text(".feedback__earlier summary"), "the version's own feedback, in the list");
        assertEquals("принято", TeamWork.row(team1.get("participant/team.xhtml"), assignment).select(".status").text());
        assertEquals(List.of("разбор.pdf", "схема.png"), shown.texts("#feedback-heading ~ ul.rows li > a"),
                "the attached files come with the feedback, the refused one does not");
        assertEquals(200, team1.download("submissions/feedback-file?id=" + file).status());
        assertEquals(List.of(base.getPath() + "submissions/feedback-file?id=" + picture + "&view=inline"),
                shown.html().select("#feedback-heading ~ ul.rows img.file-preview").eachAttr("src"), "a picture is previewed");
        assertTrue(team1.download("submissions/feedback-file?id=" + picture + "&view=inline").headers()
                .firstValue("Content-Disposition").orElseThrow().startsWith("inline;"));
        assertTrue(team1.download("submissions/feedback-file?id=" + file + "&view=inline").headers()
                .firstValue("Content-Disposition").orElseThrow().startsWith("inline;"), "a PDF opens in the browser's viewer too");
        assertEquals(404, signedIn(otherMember).download("submissions/feedback-file?id=" + file).status());
        assertFalse(expert.get(page).has("form#review"), "a released review has no form any more");

        assertEquals(302, expert.submit(page, "example", Map.of("proposed_input", "on"), "saveExample").status());
        assertEquals("Эксперт предлагает показать вашу работу как пример на очном втором этапе. Вы согласны?",
                team1.get(work).text("#example-question"));
        assertEquals(302, team1.submit(work, "example", Map.of(), "agree").status());
        assertEquals("GIVEN", TestDatabase.text("SELECT example_consent FROM review WHERE assignment_id = ?", assignment));
        assertEquals(List.of("Команда согласилась показать работу как пример."), coordinator.get("coordinator/programme.xhtml?cohort="
                + own.cohort()).html().select("#example-list li").stream().filter(li -> li.text().contains(
                TestDatabase.text("SELECT title FROM assignment WHERE id = ?", assignment)))
                .map(li -> li.selectFirst(".row__meta").text().replaceAll("^.* · ", "")).toList(),
                "the programme's draft lists the example with the team's answer");
    }

    @Test
    void twoSavesOfTheSameReviewAtOnceAreNeverASilentOverwrite() {
        long assignment = assignmentWithRubric("Двое правят");
        allocate(team, assignment, accountId("expert2@example.org"));
        TeamWork.submit(signedIn(member), assignment, "Текст");
        String page = "expert/review.xhtml?id=" + reviewOf(assignment, 1);
        assertEquals(403, coordinator.get(page).status(), "the review page is the expert's");
        WebSession tab1 = signedIn("expert2@example.org");
        Page first = tab1.get(page);
        WebSession otherTab = signedIn("expert2@example.org");
        Page opened = otherTab.get(page);

        assertEquals(302, tab1.post(page, "review", feedback(first, Map.of(0, "2"), "Первое **мнение**", "NEEDS_REVISION"), "save",
                first.viewState()).status());
        Page refused = otherTab.post(page, "review", feedback(opened, Map.of(0, "4"), "Второе мнение", null), "save",
                opened.viewState());
        assertEquals(200, refused.status());
        assertEquals(1, refused.messages().size(), refused.messages().toString());
        String by = TestDatabase.text("SELECT full_name FROM account WHERE email = 'expert2@example.org'");
        assertTrue(refused.messages().get(0).startsWith("Пока вы работали, отзыв изменил(а) " + by + " (")
                && refused.messages().get(0).endsWith("). Ничего не потеряно: сравните и сохраните снова."), refused.messages().get(0));
        assertEquals("мнение", refused.text(".review__theirs .prose strong"), "the other window's comment, rendered, beside this one's");
        assertEquals("на доработку", refused.text(".review__theirs .status"), "with its decision");
        assertEquals(List.of("Задача понята и решена", "выполнено частично", "2 из 4"), refused.rows(".review__theirs table").get(0),
                "and its levels");
        assertEquals("Второе мнение", refused.html().selectFirst("textarea[name=review:comment]").val(), "this window's text is kept");
        assertEquals("Первое **мнение**", TestDatabase.text("SELECT comment FROM review WHERE assignment_id = ?", assignment));

        Page again = otherTab.post(page, "review", feedback(refused, Map.of(0, "4"), "Второе мнение, учтя первое", null), "save",
                refused.viewState());
        assertEquals(302, again.status(), "saving again, knowingly, replaces it");
        assertEquals("Второе мнение, учтя первое", TestDatabase.text("SELECT comment FROM review WHERE assignment_id = ?", assignment));

        Page stillOpen = tab1.get(page);
        Page sending = otherTab.get(page);
        assertEquals(302, otherTab.post(page, "review", feedback(sending, Map.of(0, "4", 1, "3", 2, "2"), "Итог", "ACCEPTED"),
                "release", sending.viewState()).status());
        Page late = tab1.post(page, "review", feedback(stillOpen, Map.of(0, "2"), "Мысль, которую жаль потерять", null), "save",
                stillOpen.viewState());
        assertEquals(200, late.status());
        assertEquals("Мысль, которую жаль потерять", late.html().selectFirst("textarea#mine").val(),
                "sent meanwhile: no form any more, and this window's text is still there to copy");
        assertEquals("Итог", TestDatabase.text("SELECT comment FROM review WHERE assignment_id = ?", assignment));
    }

    @Test
    void needsRevisionReopensTheWorkAndTheNextVersionGoesToTheSameExpertWithTheEarlierFeedback() {
        long assignment = assignmentWithRubric("Доработка");
        allocate(team, assignment, accountId("expert1@example.org"));
        WebSession participant = signedIn(member);
        TeamWork.submit(participant, assignment, "Первая попытка");
        WebSession expert = signedIn("expert1@example.org");
        String page = "expert/review.xhtml?id=" + reviewOf(assignment, 1);
        assertEquals(302, expert.submit(page, "review", feedback(expert.get(page), Map.of(0, "2", 1, "1", 2, "1"),
                "Нужно добавить цифры.", "NEEDS_REVISION"), "release").status());

        String title = TestDatabase.text("SELECT title FROM assignment WHERE id = ?", assignment);
        Page home = participant.get("participant/index.xhtml");
        assertEquals(List.of("на доработку"), home.html().select("#todo-heading ~ ul.rows > li")
                .stream().filter(li -> li.selectFirst("a").text().equals(title))
                .map(li -> li.selectFirst(".row__meta").text().replaceAll(".* · ", "")).toList(),
                "the revision is on the team's to-do list");
        TeamWork.submit(participant, assignment, "Вторая попытка, с цифрами");
        assertEquals(accountId("expert1@example.org"), TestDatabase.count("SELECT expert_id FROM review r JOIN submission_version v "
                + "ON v.id = r.version_id WHERE r.assignment_id = ? AND v.number = 2", assignment));
        Page second = expert.get("expert/review.xhtml?id=" + reviewOf(assignment, 2));
        assertEquals("Вторая попытка, с цифрами", second.text("#work-heading ~ p.submitted-text"));
        assertEquals("Первая попытка", second.text("article.criterion p.submitted-text"), "the earlier version");
        assertEquals("Нужно добавить цифры.", second.text("article.criterion .prose"), "its feedback beside the new version");
        assertEquals("на доработку", second.text("article.criterion .status"));

        String page2 = "expert/review.xhtml?id=" + reviewOf(assignment, 2);
        Map<String, String> again = feedback(expert.get(page2), Map.of(0, "2", 1, "1", 2, "1"), "Ещё раз, до пятницы.",
                "NEEDS_REVISION");
        again.put("revisionDue", hoursFromNow(72).format(TeamWork.FORM_TIME));
        assertEquals(302, expert.submit(page2, "review", again, "release").status());
        assertEquals("Доработка по отзыву эксперта", TestDatabase.text("SELECT reason FROM team_extension "
                + "WHERE assignment_id = ? AND team_id = ?", assignment, team), "the team has its new due time");
        assertEquals("продлён", TeamWork.row(participant.get("participant/team.xhtml"), assignment).select(".badge").text(),
                "the team sees its work extended");
    }

    @Test
    void feedbackHeldForTheAssignmentsReleaseTimeReachesTheTeamOnlyWhenReleasedNowOrWhenTheTimeComes() throws Exception {
        String first = member;
        String second = otherMember;
        long assignment = assignmentWithRubric("Вместе");
        for (long each : List.of(team, otherTeam)) {
            allocate(each, assignment, accountId("expert1@example.org"));
        }
        String receiptA = TeamWork.submit(signedIn(first), assignment, "Работа А");
        String receiptB = TeamWork.submit(signedIn(second), assignment, "Работа Б");
        String settings = "coordinator/assignment.xhtml?id=" + assignment;
        String tomorrow = hoursFromNow(24).format(TeamWork.FORM_TIME);
        assertEquals(302, coordinator.submit(settings, "release", Map.of("releaseAt", tomorrow), "save").status());
        WebSession expert = signedIn("expert1@example.org");

        String pageA = "expert/review.xhtml?id=" + reviewOfTeam(assignment, team);
        Page form = expert.get(pageA);
        assertEquals("Готово — отправить вместе со всеми", form.text("[id=review:release]"));
        Page ready = expert.submit(pageA, "review", feedback(form, Map.of(0, "4", 1, "3", 2, "2"), "Отзыв для А", "ACCEPTED"),
                "release");
        assertEquals(302, ready.status(), ready.body());
        ZoneId expertsZone = ZoneId.of(TestDatabase.text("SELECT time_zone FROM account WHERE email = 'expert1@example.org'"));
        Instant releaseAt = TestDatabase.instant("SELECT feedback_release_at FROM assignment WHERE id = ?", assignment);
        assertEquals(List.of("Отзыв для команды «" + TestDatabase.text("SELECT name FROM team WHERE id = ?", team)
                        + "» готов; команда получит его " + Times.dateTime(releaseAt, expertsZone, Language.RU) + "."),
                expert.get(ready.location().orElseThrow()).messages(), "the moment in the expert's zone, the zone named");
        assertEquals("READY", TestDatabase.text("SELECT state FROM review WHERE id = ?", reviewOfTeam(assignment, team)));
        WebSession teamA = signedIn(first);
        assertFalse(teamA.get(receiptA).has("#feedback-heading"), "held until the release time");
        assertEquals(List.of("Готовы и ждут отправки: 1"), coordinator.get(settings).texts("main p").stream()
                .filter(p -> p.startsWith("Готовы и ждут")).toList());

        assertEquals(302, coordinator.submit(settings, "release", Map.of("releaseAt", tomorrow), "now").status());
        assertEquals("Отзыв для А", teamA.get(receiptA).text("#feedback-heading ~ .prose"), "released now by the coordinator");
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM assignment WHERE id = ? AND feedback_release_at IS NOT NULL",
                assignment));

        assertEquals(302, coordinator.submit(settings, "release", Map.of("releaseAt", tomorrow), "save").status());
        long reviewB = reviewOfTeam(assignment, otherTeam);
        String pageB = "expert/review.xhtml?id=" + reviewB;
        Map<String, String> revision = feedback(expert.get(pageB), Map.of(0, "2", 1, "1", 2, "1"), "Отзыв для Б", "NEEDS_REVISION");
        revision.put("revisionDue", hoursFromNow(12).format(TeamWork.FORM_TIME));
        Page early = expert.submit(pageB, "review", revision, "release");
        assertEquals(1, early.messages().size(), early.messages().toString());
        assertTrue(early.messages().get(0).startsWith("Новый срок доработки должен быть позже отправки отзывов ("), early.messages().get(0));
        revision = feedback(early, Map.of(0, "2", 1, "1", 2, "1"), "Отзыв для Б", "NEEDS_REVISION");
        revision.put("revisionDue", hoursFromNow(48).format(TeamWork.FORM_TIME));
        assertEquals(302, expert.submit(pageB, "review", revision, "release").status());
        WebSession teamB = signedIn(second);
        assertFalse(teamB.get(receiptB).has("#feedback-heading"));
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM team_extension WHERE assignment_id = ?", assignment),
                "the revision reopens the work only when the feedback is released");

        // The release time comes: the schedule (every second in the tests) releases what was held.
        TestDatabase.execute("UPDATE assignment SET feedback_release_at = UTC_TIMESTAMP(6) WHERE id = ?", assignment);
        for (int i = 0; i < 100 && !"RELEASED".equals(TestDatabase.text("SELECT state FROM review WHERE id = ?", reviewB)); i++) {
            Thread.sleep(100);
        }
        assertEquals("RELEASED", TestDatabase.text("SELECT state FROM review WHERE id = ?", reviewB));
        assertEquals("Отзыв для Б", teamB.get(receiptB).text("#feedback-heading ~ .prose"));
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM team_extension WHERE assignment_id = ?", assignment),
                "the team has the revision due time the expert set");
    }

    @Test
    void theGatePassesWhenEveryRequiredAssignmentIsAcceptedAndTheMeetingShareMetAndAnExceptionIsAuditedAndShown() {
        int year = TestCohorts.freeYear();
        Map<String, String> cohortForm = TestCohorts.form(year, TestCohorts.PAST + "-04-24");
        cohortForm.put("attendance", "50");
        assertEquals(302, coordinator.submit("coordinator/cohort.xhtml", "cohort", cohortForm, "save").status());
        long cohort = TestDatabase.count("SELECT id FROM cohort WHERE year = ?", year);
        TestCohorts.nameDemoStaff(coordinator, cohort);
        String teams = "coordinator/teams.xhtml?cohort=" + cohort;
        List<String> people = TestCohorts.newParticipants("gate", 2);
        for (String email : people) {
            assertEquals(302, coordinator.submit(teams, "admit", Map.of("email", email), "admit").status());
        }
        Page proposed = coordinator.submit(teams, "propose", Map.of("size", "2"), "propose");
        assertEquals(302, coordinator.post(teams, "accept", Map.of("prefix", "Ворота"), "accept", proposed.viewState()).status());
        long team = TestDatabase.count("SELECT id FROM team WHERE cohort_id = ?", cohort);
        long module = TestDatabase.count("SELECT id FROM weekly_module WHERE cohort_id = ? AND number = 1", cohort);
        long required = TeamWork.assignment(coordinator, module, "Обязательное", hoursFromNow(-1), hoursFromNow(24),
                hoursFromNow(48), 20);
        Map<String, List<String>> optional = TeamWork.assignmentForm("Необязательное " + year, hoursFromNow(-1),
                hoursFromNow(24), hoursFromNow(48), 20);
        optional.remove("required_input");
        assertEquals(302, coordinator.submitMany("coordinator/assignment.xhtml?module=" + module, "assignment", optional,
                "save").status());
        assertEquals(302, coordinator.submit("coordinator/allocation.xhtml?cohort=" + cohort, "allocate", Map.of(
                "team_input", String.valueOf(team), "assignment_input", "",
                "expert_input", String.valueOf(accountId("expert1@example.org"))), "allocate").status());
        String gate = "coordinator/gate.xhtml?cohort=" + cohort;
        assertEquals("Прошли первый этап: 0 из 2.", coordinator.get(gate).text("main p.lead"));

        String receipt = TeamWork.submit(signedIn(people.get(0)), required, "Готово");
        String requiredTitle = TestDatabase.text("SELECT title FROM assignment WHERE id = ?", required);
        Page waiting = signedIn(people.get(0)).get("participant/gate.xhtml");
        assertEquals(List.of("Работа сдана и ждёт проверки эксперта."), waiting.html().select(".checklist__item").stream()
                .filter(li -> li.ownText().contains("«" + requiredTitle + "»")).map(li -> li.select(".row__meta").text()).toList(),
                "handed in and waiting: the next step is the expert's");
        WebSession expert = signedIn("expert1@example.org");
        String review = "expert/review.xhtml?id=" + reviewOf(required, 1);
        assertEquals(302, expert.submit(review, "review", feedback(expert.get(review), Map.of(), "Принято.", "ACCEPTED"),
                "release").status());
        Page accepted = signedIn(people.get(0)).get(receipt);
        assertEquals("принято", accepted.text("#feedback-heading ~ p .status"));
        assertFalse(accepted.has(".feedback__total"), "no total of points for work without a rubric");
        long meeting = heldMeeting(module);
        assertEquals("Прошли первый этап: 0 из 2.", coordinator.get(gate).text("main p.lead"), "nobody was at the meeting held");
        attended(meeting, people.get(0));
        assertEquals("Прошли первый этап: 1 из 2.", coordinator.get(gate).text("main p.lead"), "one of one meeting attended meets 50 %");
        attended(meeting, people.get(1));
        assertEquals("Прошли первый этап: 2 из 2.", coordinator.get(gate).text("main p.lead"),
                "both members were in the team when the accepted version was sent; the optional one does not count");

        Page noReason = coordinator.submit(gate, "exception", Map.of("person_input",
                String.valueOf(accountId(people.get(1))), "passed", "false", "reason", " "), "record");
        assertEquals(200, noReason.status());
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM gate_exception WHERE cohort_id = ?", cohort));
        assertEquals(302, coordinator.submit(gate, "exception", Map.of("person_input",
                String.valueOf(accountId(people.get(1))), "passed", "false",
                "reason", "Не участвовал в работе команды"), "record").status());
        Page after = coordinator.get(gate);
        assertEquals("Прошли первый этап: 1 из 2.", after.text("main p.lead"));
        String name31 = TestDatabase.text("SELECT full_name FROM account WHERE email = ?", people.get(1));
        Element row31 = after.html().select("table.work-table tbody tr").stream()
                .filter(tr -> tr.child(0).text().equals(name31)).findFirst().orElseThrow();
        assertEquals(List.of("не пройден", "решение координатора"), List.of(row31.select(".status").text(), row31.select(".badge").text()));
        assertEquals(1, after.html().select("main *").stream().filter(e -> e.ownText().contains("Не участвовал в работе команды"))
                .count(), "the reason is shown with the decision (in the decisions' list)");
        assertEquals(302, coordinator.submit(gate, "exception", Map.of("person_input",
                String.valueOf(accountId(people.get(1))), "passed", "true",
                "reason", "Подтвердил участие документами"), "record").status());
        assertEquals("Прошли первый этап: 2 из 2.", coordinator.get(gate).text("main p.lead"), "the newest decision counts");
        Page excepted = signedIn(people.get(1)).get("participant/gate.xhtml");
        assertEquals("Первый этап пройден.", excepted.text(".gate-verdict"));
        assertTrue(excepted.text(".gate-decision").startsWith("Координатор засчитал первый этап: Подтвердил участие документами ("),
                excepted.text(".gate-decision"));
        assertEquals(List.of(), excepted.texts(".checklist .row__meta"), "no condition is shown as a thing to do");
        assertTrue(excepted.has(".checklist.checklist--record"), "the conditions stay, as the record");
        assertEquals(2, TestDatabase.count("SELECT COUNT(*) FROM gate_exception WHERE cohort_id = ?", cohort),
                "every decision is kept: the audit trail");
    }

    @Test
    void everyParticipantSeesTheChecklistInPlainWords() {
        Page page = signedIn("participant07@example.org").get("participant/gate.xhtml");
        assertEquals("Первый этап ещё не пройден — вот что осталось.", page.text(".gate-verdict"));
        List<String> conditions = page.texts(".checklist__item");
        assertEquals(6, conditions.size(), "the demo's six required assignments, none accepted for this team yet");
        assertEquals(List.of(), conditions.stream().filter(c -> !c.matches("○ не выполнено:Задание «[^»]+» принято экспертом\\..+"))
                .toList());
        String toDo = "Сдайте работу командой; если эксперт вернул её на доработку, доработайте и сдайте новую версию.";
        assertEquals(List.of(toDo, "Работа сдана и ждёт проверки эксперта.", toDo, toDo, toDo, toDo), page.texts(".checklist .row__meta"),
                "the demo team «Меридиан» handed in week 2, whose feedback is held until tomorrow");
    }

    @Test
    void reviewAndGatePagesIssueAFewStatements() {
        long assignment = assignmentWithRubric("Счёт запросов");
        allocate(team, assignment, accountId("expert2@example.org"));
        WebSession participant = signedIn(member);
        TeamWork.submit(participant, assignment, "Первая");
        WebSession expert = signedIn("expert2@example.org");
        String first = "expert/review.xhtml?id=" + reviewOf(assignment, 1);
        expert.submit(first, "review", feedback(expert.get(first), Map.of(0, "2", 1, "1", 2, "1"), "Доработайте.",
                "NEEDS_REVISION"), "release");
        TeamWork.submit(participant, assignment, "Вторая");
        long cohort = TestCohorts.demoCohort();  // the coordinator's pages, read on the demo's nine teams
        Map<WebSession, List<String>> pages = Map.of(
                expert, List.of("expert/review.xhtml?id=" + reviewOf(assignment, 2), "expert/queue.xhtml"),
                participant, List.of("participant/gate.xhtml"),
                coordinator, List.of("coordinator/gate.xhtml?cohort=" + cohort, "coordinator/allocation.xhtml?cohort=" + cohort));
        pages.forEach((who, paths) -> paths.forEach(path -> {
            long statements = TestDatabase.statementsFor(who, path);
            System.out.println("SQL statements for " + path + ": " + statements);
            assertTrue(statements <= 12, path + " issued " + statements + " SQL statements");
        }));
    }

    // --- helpers -------------------------------------------------------------------------------

    private long assignmentWithRubric(String title) {
        String unique = title + " " + System.nanoTime();
        Map<String, List<String>> form = TeamWork.assignmentForm(unique, hoursFromNow(-1), hoursFromNow(24),
                hoursFromNow(48), 20);
        form.put("rubric_input", List.of(TestDatabase.text("SELECT MIN(id) FROM rubric WHERE title = 'Практическое задание'")));
        assertEquals(302, coordinator.submitMany("coordinator/assignment.xhtml?module=" + own.module(2), "assignment", form,
                "save").status());
        return TestDatabase.count("SELECT id FROM assignment WHERE title = ?", unique);
    }

    private WebSession signedIn(String email) {
        WebSession s = new WebSession(base);
        s.signIn(email, DemoCohort.PASSWORD);
        return s;
    }

    private Page allocate(long team, Long assignment, long expert) {
        Map<String, String> form = new HashMap<>();
        form.put("team_input", String.valueOf(team));
        form.put("assignment_input", assignment == null ? "" : String.valueOf(assignment));
        form.put("expert_input", String.valueOf(expert));
        return coordinator.submit("coordinator/allocation.xhtml?cohort=" + own.cohort(), "allocate", form, "allocate");
    }

    /** The teams in the expert's queue for the assignment, row by row. */
    private List<String> queueOf(String expertEmail, long assignment) {
        return signedIn(expertEmail).get("expert/queue.xhtml?assignment=" + assignment).rows("#queue-items").stream()
                .map(row -> row.get(0)).toList();
    }

    /** What the queue says it shows, no-break spaces read as spaces. */
    private static String shown(Page queue) {
        return queue.ownText("main p.row__actions").replace('\u00a0', ' ');
    }

    /** An address of the application, relative to its root. */
    private String relative(String href) {
        return href.substring(base.getPath().length());
    }


    /** A meeting of the module that started two hours ago, hosted by the first demo expert. */
    private static long heldMeeting(long module) {
        TestDatabase.execute("INSERT INTO expert_meeting (module_id, starts_at, duration_minutes, expert_id, link, version) "
                + "VALUES (?, UTC_TIMESTAMP(6) - INTERVAL 2 HOUR, 60, ?, 'https://meet.example.org/gate', 1)", module,
                accountId("expert1@example.org"));
        return TestDatabase.count("SELECT MAX(id) FROM expert_meeting WHERE module_id = ?", module);
    }

    private static void attended(long meeting, String email) {
        TestDatabase.execute("INSERT INTO meeting_attendance (meeting_id, account_id, marked_by, marked_at) "
                + "VALUES (?, ?, ?, UTC_TIMESTAMP(6))", meeting, accountId(email), accountId("expert1@example.org"));
    }

    /** Versions {@code from}..{@code to} of the submission, each with a review waiting for the expert. */
    private static void addVersionsWithReviews(long submission, long team, long assignment, long expert, int from, int to) {
        long submitter = TestDatabase.count("SELECT submitted_by FROM submission_version WHERE submission_id = ? AND number = 1",
                submission);
        TestDatabase.execute("SET STATEMENT max_recursive_iterations = 100000 FOR "
                + "INSERT INTO submission_version (submission_id, number, body, submitted_by, submitted_at, late) "
                + "SELECT ?, i, CONCAT('Версия ', i), ?, NOW(6) - INTERVAL i MINUTE, i % 3 = 0 FROM "
                + "(WITH RECURSIVE n(i) AS (SELECT CAST(? AS INT) UNION ALL SELECT i + 1 FROM n WHERE i < ?) SELECT i FROM n) numbers",
                submission, submitter, from, to);
        TestDatabase.execute("INSERT INTO review (version_id, team_id, assignment_id, expert_id, state, created_at, version) "
                + "SELECT v.id, ?, ?, ?, 'WAITING', v.submitted_at, 1 FROM submission_version v "
                + "WHERE v.submission_id = ? AND v.number BETWEEN ? AND ?", team, assignment, expert, submission, from, to);
        TestDatabase.execute("UPDATE review SET expert_id = ? WHERE assignment_id = ? AND team_id = ?", expert, assignment, team);
    }

    private static String teamName(long team) {
        return TestDatabase.text("SELECT name FROM team WHERE id = ?", team);
    }
}
