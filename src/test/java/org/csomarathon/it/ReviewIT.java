package org.csomarathon.it;

import static org.csomarathon.it.ExpertWork.feedback;
import static org.csomarathon.it.ExpertWork.reviewOf;
import static org.csomarathon.it.ExpertWork.reviewOfTeam;
import static org.csomarathon.it.TeamWork.accountId;
import static org.csomarathon.it.TeamWork.hoursFromNow;
import static org.csomarathon.it.TestCohorts.demoModule;
import static org.csomarathon.it.TestCohorts.demoTeamOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.csomarathon.demo.DemoCohort;
import org.csomarathon.it.WebSession.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
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

    @BeforeEach
    void coordinatorSignedIn() {
        assertEquals("/marathon/", base.getPath(), "Marathon was not deployed; read the Payara Micro log above");
        coordinator = signedIn("coordinator@example.org");
    }

    @Test
    void expertFromATeamMembersOrganisationIsRefusedWithTheConflictNamed() {
        String member = "participant01@example.org";
        long team = demoTeamOf(member);
        long organisation = TestDatabase.count("SELECT organisation_id FROM account WHERE email = ?", member);
        long expert = accountId("expert3@example.org");
        assertEquals(organisation, TestDatabase.count("SELECT organisation_id FROM account WHERE id = ?", expert),
                "the demo's third expert works for this member's organisation");
        long before = TestDatabase.count("SELECT COUNT(*) FROM expert_allocation WHERE team_id = ? AND expert_id = ?", team, expert);

        Page refused = allocate(team, null, expert);
        assertEquals(200, refused.status());
        assertTrue(refused.body().contains("Конфликт интересов: Екатерина Игоревна Смирнова из организации"), refused.body());
        assertEquals(before, TestDatabase.count("SELECT COUNT(*) FROM expert_allocation WHERE team_id = ? AND expert_id = ?",
                team, expert));
        String organisationName = TestDatabase.text("SELECT name FROM organisation WHERE id = ?", organisation);
        assertTrue(coordinator.get("coordinator/allocation.xhtml?cohort=" + demoCohort()).body()
                .contains("Екатерина Игоревна Смирнова · " + organisationName), "the expert's organisation is shown");
    }

    @Test
    void eachExpertsQueueShowsOnlyTheWorkAllocatedToThemAndCoordinatorsSeeAll() {
        long assignment = TeamWork.assignment(coordinator, demoModule(3), "Очередь", hoursFromNow(-1), hoursFromNow(24),
                hoursFromNow(48), 20);
        String first = "participant02@example.org";
        String second = otherTeamsMember(demoTeamOf(first));
        allocate(demoTeamOf(first), null, accountId("expert1@example.org"));
        allocate(demoTeamOf(second), null, accountId("expert2@example.org"));
        TeamWork.submit(signedIn(first), assignment, "Работа первой команды");
        TeamWork.submit(signedIn(second), assignment, "Работа второй команды");
        String firstTeam = teamName(demoTeamOf(first));
        String secondTeam = teamName(demoTeamOf(second));

        String expert1 = queueOf("expert1@example.org");
        assertTrue(expert1.contains(firstTeam) && !expert1.contains(secondTeam), expert1);
        String expert2 = queueOf("expert2@example.org");
        assertTrue(expert2.contains(secondTeam) && !expert2.contains(firstTeam), expert2);
        Page all = coordinator.get("coordinator/queue.xhtml");
        assertTrue(all.body().contains("Очереди экспертов"));
        assertEquals(403, signedIn(first).get("expert/queue.xhtml").status());
        assertEquals(2, TestDatabase.count("SELECT COUNT(*) FROM review WHERE assignment_id = ? AND state = 'WAITING'",
                assignment));
    }

    @Test
    void reallocationMovesThePendingReviewsAndALaterVersionStaysWithThatExpert() {
        long assignment = TeamWork.assignment(coordinator, demoModule(4), "Переназначение", hoursFromNow(-1), hoursFromNow(24),
                hoursFromNow(48), 20);
        String member = "participant10@example.org";
        long team = demoTeamOf(member);
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
        assertTrue(queueOf("expert2@example.org").contains(teamName(team)));
    }

    @Test
    void aQueueOfTwentyThousandOpensInAsManyStatementsAsAQueueOfTwenty() {
        long assignment = TeamWork.assignment(coordinator, demoModule(5), "Нагрузка", hoursFromNow(-1), hoursFromNow(24),
                hoursFromNow(48), 20);
        String member = "participant14@example.org";
        long team = demoTeamOf(member);
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
        String page = reviewer.get("expert/queue.xhtml").body();
        assertTrue(page.replace('\u00a0', ' ').matches("(?s).*Работы 1–25 из 20 ?000.*"), "the count is shown");
        assertEquals(25, page.split("class=\"queue__item\"", -1).length - 1, "only the first page of rows is sent");
        assertTrue(page.contains("?sort=submittedAt&amp;first=25\""), "a link to the next page");
        String second = reviewer.get("expert/queue.xhtml?sort=submittedAt&first=25").body();
        assertTrue(second.replace('\u00a0', ' ').matches("(?s).*Работы 26–50 из 20 ?000.*"), "the second page");
        assertEquals(25, second.split("class=\"queue__item\"", -1).length - 1);
        assertTrue(reviewer.get("expert/queue.xhtml?first=999999").body().replace('\u00a0', ' ')
                .matches("(?s).*Работы 19 ?976–20 ?000 из 20 ?000.*"), "a page beyond the last shows the last");
        assertEquals(404, reviewer.get("expert/queue.xhtml?first=x").status(), "a malformed position is the not-found page");
        long late = TestDatabase.count("SELECT COUNT(*) FROM review r JOIN submission_version v ON v.id = r.version_id "
                + "WHERE r.expert_id = ? AND v.late", expert);
        String lateOnly = reviewer.get("expert/queue.xhtml?late=true&sort=team&desc=true").body();
        assertTrue(lateOnly.replace('\u00a0', ' ').contains("из " + String.format(Locale.ROOT, "%,d", late).replace(',', ' ') + "."),
                "the late filter counts " + late);
        assertTrue(lateOnly.contains("checked=\"checked\"") && lateOnly.contains("aria-sort=\"descending\""),
                "the filter and the order stay as asked");

        long firstInQueue = TestDatabase.count("SELECT id FROM review WHERE expert_id = ? ORDER BY created_at, id LIMIT 1", expert);
        long secondInQueue = TestDatabase.count("SELECT id FROM review WHERE expert_id = ? ORDER BY created_at, id "
                + "LIMIT 1 OFFSET 1", expert);
        String review = reviewer.get("expert/review.xhtml?id=" + firstInQueue).body();
        assertTrue(review.contains("review.xhtml?id=" + secondInQueue + "\"") && !review.contains("Предыдущая в очереди"),
                "next in the queue without going back to the list");
        String next = reviewer.get("expert/review.xhtml?id=" + secondInQueue).body();
        assertTrue(next.contains("review.xhtml?id=" + firstInQueue + "\"") && next.contains("Предыдущая в очереди"));
    }

    @Test
    void expertScoresWithTheRubricKeepsADraftThenReleasesAndTheTeamSeesItAccepted() {
        String member = "participant18@example.org";
        long team = demoTeamOf(member);
        long assignment = assignmentWithRubric("С критериями");
        allocate(team, assignment, accountId("expert1@example.org"));
        String receipt = TeamWork.submit(signedIn(member), assignment, "Наш план");
        WebSession expert = signedIn("expert1@example.org");
        String page = "expert/review.xhtml?id=" + reviewOf(assignment, 1);

        Page incomplete = expert.submit(page, "review", feedback(expert.get(page), Map.of(0, "4"), "Почти", "ACCEPTED"), "release");
        assertTrue(incomplete.body().contains("Выберите уровень по каждому критерию"), incomplete.body());
        Page noDecision = expert.submit(page, "review", feedback(expert.get(page), Map.of(0, "4", 1, "3", 2, "2"), "Хорошо", null),
                "release");
        assertTrue(noDecision.body().contains("Выберите решение"), noDecision.body());

        Page draft = expert.submit(page, "review", feedback(expert.get(page), Map.of(0, "4", 1, "3"), "Черновик **отзыва**",
                "ACCEPTED"), "save");
        assertEquals(302, draft.status(), draft.body());
        assertEquals("DRAFT", TestDatabase.text("SELECT state FROM review WHERE assignment_id = ?", assignment));
        WebSession team1 = signedIn(member);
        assertFalse(team1.get(receipt).body().contains("Черновик"), "a draft is the expert's own");

        Page opened = expert.get(page);
        Page attached = expert.ajaxUpload(page, "review", "upload", "разбор.pdf", "application/pdf",
                "%PDF-1.4 разбор с пометками".getBytes(StandardCharsets.UTF_8), opened.viewState());
        assertTrue(attached.body().contains("Файл «разбор.pdf» приложен к отзыву."), attached.body());
        Page notPdf = expert.ajaxUpload(page, "review", "upload", "пример.pdf", "application/pdf",
                "MZ not a document".getBytes(StandardCharsets.UTF_8), opened.viewState());
        assertTrue(notPdf.body().contains("Содержимое файла «пример.pdf» не соответствует его расширению."), notPdf.body());
        byte[] png = new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        assertTrue(expert.ajaxUpload(page, "review", "upload", "схема.png", "image/png", png, opened.viewState()).body()
                .contains("Файл «схема.png» приложен к отзыву."));
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
        String shown = team1.get(receipt).body();
        assertTrue(shown.contains("Отзыв эксперта") && shown.contains("<strong>особенно</strong>") && shown.contains("принято")
                && shown.contains("Итого: 9"), shown);
        assertTrue(team1.get("participant/team.xhtml").body().contains("принято"));
        assertTrue(shown.contains("разбор.pdf") && !shown.contains("пример.pdf"), "the attached file comes with the feedback");
        assertEquals(200, team1.download("submissions/feedback-file?id=" + file).status());
        assertTrue(shown.contains("submissions/feedback-file?id=" + picture + "&amp;view=inline"), "a picture is previewed");
        assertTrue(team1.download("submissions/feedback-file?id=" + picture + "&view=inline").headers()
                .firstValue("Content-Disposition").orElseThrow().startsWith("inline;"));
        assertTrue(team1.download("submissions/feedback-file?id=" + file + "&view=inline").headers()
                .firstValue("Content-Disposition").orElseThrow().startsWith("attachment;"), "only pictures are shown inline");
        assertEquals(404, signedIn(otherTeamsMember(team)).download("submissions/feedback-file?id=" + file).status());
        assertFalse(expert.get(page).body().contains("id=\"review\""), "a released review has no form any more");
    }

    @Test
    void twoSavesOfTheSameReviewAtOnceAreNeverASilentOverwrite() {
        String member = "participant22@example.org";
        long team = demoTeamOf(member);
        long assignment = assignmentWithRubric("Двое правят");
        allocate(team, assignment, accountId("expert2@example.org"));
        TeamWork.submit(signedIn(member), assignment, "Текст");
        String page = "expert/review.xhtml?id=" + reviewOf(assignment, 1);
        assertEquals(403, coordinator.get(page).status(), "the review page is the expert's");
        WebSession tab1 = signedIn("expert2@example.org");
        Page first = tab1.get(page);
        WebSession otherTab = signedIn("expert2@example.org");
        Page opened = otherTab.get(page);

        assertEquals(302, tab1.post(page, "review", feedback(first, Map.of(0, "2"), "Первое мнение", null), "save",
                first.viewState()).status());
        Page refused = otherTab.post(page, "review", feedback(opened, Map.of(0, "4"), "Второе мнение", null), "save",
                opened.viewState());
        assertEquals(200, refused.status());
        assertTrue(refused.body().contains("Пока вы работали, отзыв изменил(а)") && refused.body().contains("Первое мнение")
                && refused.body().contains("Второе мнение"), refused.body());
        assertEquals("Первое мнение", TestDatabase.text("SELECT comment FROM review WHERE assignment_id = ?", assignment));

        Page again = otherTab.post(page, "review", feedback(refused, Map.of(0, "4"), "Второе мнение, учтя первое", null), "save",
                refused.viewState());
        assertEquals(302, again.status(), "saving again, knowingly, replaces it");
        assertEquals("Второе мнение, учтя первое", TestDatabase.text("SELECT comment FROM review WHERE assignment_id = ?", assignment));
    }

    @Test
    void needsRevisionReopensTheWorkAndTheNextVersionGoesToTheSameExpertWithTheEarlierFeedback() {
        String member = "participant26@example.org";
        long team = demoTeamOf(member);
        long assignment = assignmentWithRubric("Доработка");
        allocate(team, assignment, accountId("expert1@example.org"));
        WebSession participant = signedIn(member);
        TeamWork.submit(participant, assignment, "Первая попытка");
        WebSession expert = signedIn("expert1@example.org");
        String page = "expert/review.xhtml?id=" + reviewOf(assignment, 1);
        assertEquals(302, expert.submit(page, "review", feedback(expert.get(page), Map.of(0, "2", 1, "1", 2, "1"),
                "Нужно добавить цифры.", "NEEDS_REVISION"), "release").status());

        String home = participant.get("participant/index.xhtml").body();
        assertTrue(home.contains("на доработку"), "the revision is on the team's to-do list");
        TeamWork.submit(participant, assignment, "Вторая попытка, с цифрами");
        assertEquals(accountId("expert1@example.org"), TestDatabase.count("SELECT expert_id FROM review r JOIN submission_version v "
                + "ON v.id = r.version_id WHERE r.assignment_id = ? AND v.number = 2", assignment));
        String second = expert.get("expert/review.xhtml?id=" + reviewOf(assignment, 2)).body();
        assertTrue(second.contains("Вторая попытка, с цифрами") && second.contains("Нужно добавить цифры.")
                && second.contains("на доработку"), "the earlier feedback is beside the new version: " + second);

        String page2 = "expert/review.xhtml?id=" + reviewOf(assignment, 2);
        Map<String, String> again = feedback(expert.get(page2), Map.of(0, "2", 1, "1", 2, "1"), "Ещё раз, до пятницы.",
                "NEEDS_REVISION");
        again.put("revisionDue", hoursFromNow(72).format(TeamWork.FORM_TIME));
        assertEquals(302, expert.submit(page2, "review", again, "release").status());
        assertEquals("Доработка по отзыву эксперта", TestDatabase.text("SELECT reason FROM team_extension "
                + "WHERE assignment_id = ? AND team_id = ?", assignment, team), "the team has its new due time");
        assertTrue(participant.get("participant/team.xhtml").body().contains("продлён"));
    }

    @Test
    void feedbackHeldForTheAssignmentsReleaseTimeReachesTheTeamOnlyWhenReleasedNowOrWhenTheTimeComes() throws Exception {
        String first = "participant05@example.org";
        String second = otherTeamsMember(demoTeamOf(first));
        long assignment = assignmentWithRubric("Вместе");
        for (String member : List.of(first, second)) {
            allocate(demoTeamOf(member), assignment, accountId("expert1@example.org"));
        }
        String receiptA = TeamWork.submit(signedIn(first), assignment, "Работа А");
        String receiptB = TeamWork.submit(signedIn(second), assignment, "Работа Б");
        String settings = "coordinator/assignment.xhtml?id=" + assignment;
        String tomorrow = hoursFromNow(24).format(TeamWork.FORM_TIME);
        assertEquals(302, coordinator.submit(settings, "release", Map.of("releaseAt", tomorrow), "save").status());
        WebSession expert = signedIn("expert1@example.org");

        String pageA = "expert/review.xhtml?id=" + reviewOfTeam(assignment, demoTeamOf(first));
        Page form = expert.get(pageA);
        assertTrue(form.body().contains("Готово — отправить вместе со всеми"), form.body());
        Page ready = expert.submit(pageA, "review", feedback(form, Map.of(0, "4", 1, "3", 2, "2"), "Отзыв для А", "ACCEPTED"),
                "release");
        assertEquals(302, ready.status(), ready.body());
        assertEquals("READY", TestDatabase.text("SELECT state FROM review WHERE id = ?", reviewOfTeam(assignment, demoTeamOf(first))));
        WebSession teamA = signedIn(first);
        assertFalse(teamA.get(receiptA).body().contains("Отзыв для А"), "held until the release time");
        assertTrue(coordinator.get(settings).body().contains("Готовы и ждут отправки: 1"));

        assertEquals(302, coordinator.submit(settings, "release", Map.of("releaseAt", tomorrow), "now").status());
        assertTrue(teamA.get(receiptA).body().contains("Отзыв для А"), "released now by the coordinator");
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM assignment WHERE id = ? AND feedback_release_at IS NOT NULL",
                assignment));

        assertEquals(302, coordinator.submit(settings, "release", Map.of("releaseAt", tomorrow), "save").status());
        long reviewB = reviewOfTeam(assignment, demoTeamOf(second));
        String pageB = "expert/review.xhtml?id=" + reviewB;
        Map<String, String> revision = feedback(expert.get(pageB), Map.of(0, "2", 1, "1", 2, "1"), "Отзыв для Б", "NEEDS_REVISION");
        revision.put("revisionDue", hoursFromNow(12).format(TeamWork.FORM_TIME));
        Page early = expert.submit(pageB, "review", revision, "release");
        assertTrue(early.body().contains("должен быть позже отправки отзывов"), early.body());
        revision = feedback(early, Map.of(0, "2", 1, "1", 2, "1"), "Отзыв для Б", "NEEDS_REVISION");
        revision.put("revisionDue", hoursFromNow(48).format(TeamWork.FORM_TIME));
        assertEquals(302, expert.submit(pageB, "review", revision, "release").status());
        WebSession teamB = signedIn(second);
        assertFalse(teamB.get(receiptB).body().contains("Отзыв для Б"));
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM team_extension WHERE assignment_id = ?", assignment),
                "the revision reopens the work only when the feedback is released");

        // The release time comes: the schedule (every 2 s in the tests) releases what was held.
        TestDatabase.execute("UPDATE assignment SET feedback_release_at = UTC_TIMESTAMP(6) WHERE id = ?", assignment);
        for (int i = 0; i < 100 && !"RELEASED".equals(TestDatabase.text("SELECT state FROM review WHERE id = ?", reviewB)); i++) {
            Thread.sleep(100);
        }
        assertEquals("RELEASED", TestDatabase.text("SELECT state FROM review WHERE id = ?", reviewB));
        assertTrue(teamB.get(receiptB).body().contains("Отзыв для Б"));
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
        String teams = "coordinator/teams.xhtml?cohort=" + cohort;
        for (String email : List.of("participant30@example.org", "participant31@example.org")) {
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
        assertTrue(coordinator.get(gate).body().contains("Прошли первый этап: 0 из 2"));

        TeamWork.submit(signedIn("participant30@example.org"), required, "Готово");
        WebSession expert = signedIn("expert1@example.org");
        String review = "expert/review.xhtml?id=" + reviewOf(required, 1);
        assertEquals(302, expert.submit(review, "review", feedback(expert.get(review), Map.of(), "Принято.", "ACCEPTED"),
                "release").status());
        long meeting = heldMeeting(module);
        assertTrue(coordinator.get(gate).body().contains("Прошли первый этап: 0 из 2"), "nobody was at the meeting held");
        attended(meeting, "participant30@example.org");
        assertTrue(coordinator.get(gate).body().contains("Прошли первый этап: 1 из 2"), "one of one meeting attended meets 50 %");
        attended(meeting, "participant31@example.org");
        assertTrue(coordinator.get(gate).body().contains("Прошли первый этап: 2 из 2"),
                "both members were in the team when the accepted version was sent; the optional one does not count");

        Page noReason = coordinator.submit(gate, "exception", Map.of("person_input",
                String.valueOf(accountId("participant31@example.org")), "passed", "false", "reason", " "), "record");
        assertEquals(200, noReason.status());
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM gate_exception WHERE cohort_id = ?", cohort));
        assertEquals(302, coordinator.submit(gate, "exception", Map.of("person_input",
                String.valueOf(accountId("participant31@example.org")), "passed", "false",
                "reason", "Не участвовал в работе команды"), "record").status());
        String after = coordinator.get(gate).body();
        assertTrue(after.contains("Прошли первый этап: 1 из 2") && after.contains("Не участвовал в работе команды")
                && after.contains("решение координатора"), after);
        assertEquals(302, coordinator.submit(gate, "exception", Map.of("person_input",
                String.valueOf(accountId("participant31@example.org")), "passed", "true",
                "reason", "Подтвердил участие документами"), "record").status());
        assertTrue(coordinator.get(gate).body().contains("Прошли первый этап: 2 из 2"), "the newest decision counts");
        assertEquals(2, TestDatabase.count("SELECT COUNT(*) FROM gate_exception WHERE cohort_id = ?", cohort),
                "every decision is kept: the audit trail");
    }

    @Test
    void everyParticipantSeesTheChecklistInPlainWords() {
        String page = signedIn("participant07@example.org").get("participant/gate.xhtml").body();
        assertTrue(page.contains("Первый этап ещё не пройден") && page.contains("принято экспертом")
                && page.contains("Сдайте работу командой"), page);
    }

    @Test
    void reviewAndGatePagesIssueAFewStatements() {
        String member = "participant03@example.org";
        long team = demoTeamOf(member);
        long assignment = assignmentWithRubric("Счёт запросов");
        allocate(team, assignment, accountId("expert2@example.org"));
        WebSession participant = signedIn(member);
        TeamWork.submit(participant, assignment, "Первая");
        WebSession expert = signedIn("expert2@example.org");
        String first = "expert/review.xhtml?id=" + reviewOf(assignment, 1);
        expert.submit(first, "review", feedback(expert.get(first), Map.of(0, "2", 1, "1", 2, "1"), "Доработайте.",
                "NEEDS_REVISION"), "release");
        TeamWork.submit(participant, assignment, "Вторая");
        long cohort = demoCohort();
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
        assertEquals(302, coordinator.submitMany("coordinator/assignment.xhtml?module=" + demoModule(2), "assignment", form,
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
        return coordinator.submit("coordinator/allocation.xhtml?cohort=" + demoCohort(), "allocate", form, "allocate");
    }

    private String queueOf(String expertEmail) {
        return signedIn(expertEmail).get("expert/queue.xhtml").body();
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

    private static String otherTeamsMember(long team) {
        return TestDatabase.text("SELECT a.email FROM team_membership m JOIN account a ON a.id = m.account_id "
                + "JOIN team t ON t.id = m.team_id "
                + "WHERE t.cohort_id = ? AND m.left_at IS NULL AND m.team_id <> ? ORDER BY a.email DESC LIMIT 1",
                demoCohort(), team);
    }

    private static String teamName(long team) {
        return TestDatabase.text("SELECT name FROM team WHERE id = ?", team);
    }

    private static long demoCohort() {
        return TestCohorts.demoCohort();
    }
}
