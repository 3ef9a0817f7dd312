package org.csomarathon.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.csomarathon.demo.DemoCohort;
import org.csomarathon.it.WebSession.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Invitations to stage 2: the top of the ranking to the seats, the waiting list moving up on a
 * decline, on no answer in time and on a withdrawal, every step in the decision log and by mail, and
 * never a seat given twice when two act at once.
 */
@MarathonIT
class Stage2InvitationsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.marathon();
    }

    @ArquillianResource
    URL base;

    private WebSession coordinator;
    private long cohort;
    /** The cohort's people in ranking order (all equal: by name). */
    private List<String> ranked;

    /** A cohort of its own with nothing required: everyone in a team passes stage 1 and is ranked. */
    @BeforeEach
    void cohortWhereFivePassed() {
        assertEquals("/marathon/", base.getPath(), "Marathon was not deployed; read the Payara Micro log above");
        coordinator = signedIn("coordinator@example.org");
        cohort = TestCohorts.newCohort(coordinator);
        List<String> people = TestCohorts.newParticipants("invited", 5);
        TestCohorts.addTeam(coordinator, cohort, "Приглашённые " + System.nanoTime(), people.subList(0, 3));
        TestCohorts.addTeam(coordinator, cohort, "Ожидающие " + System.nanoTime(), people.subList(3, 5));
        List<String> names = coordinator.get(stage2()).html().select("#ranking-heading ~ div table tbody tr").stream()
                .map(tr -> tr.child(1).text()).toList();
        ranked = new ArrayList<>();
        for (String name : names) {
            ranked.add(people.stream().filter(e -> TestDatabase.text("SELECT full_name FROM account WHERE email = ?", e).equals(name))
                    .findFirst().orElseThrow());
        }
        assertEquals(5, ranked.size());
    }

    @Test
    void theTopIsInvitedAndADeclineNoAnswerAndAWithdrawalEachInviteTheNext() throws Exception {
        Page opened = coordinator.submit(stage2(), "round", Map.of("seats", "2", "replyDays", "7"), "open");
        assertEquals(302, opened.status(), opened.body());
        assertEquals(List.of("INVITED", "INVITED"), states(ranked.subList(0, 2)));
        assertEquals(1, mails(ranked.get(0), "STAGE2_INVITED"), "the invited are told by mail");
        Page summary = coordinator.get(stage2());
        assertEquals("Мест: 2. Подтвердили: 0, ждём ответа: 2, отказались или выбыли: 0, в листе ожидания: 3.",
                summary.text("#seats-summary"));

        WebSession first = signedIn(ranked.get(0));
        Page home = first.get("participant/index.xhtml");
        assertEquals("Приглашение на второй этап", home.text("#invitation-heading"));
        long freedBefore = coordinatorMails("STAGE2_SEAT_FREED");
        assertEquals(302, first.submit("participant/index.xhtml", "invitation", Map.of("reason", "Не отпускают с работы"), "decline")
                .status());
        assertEquals(List.of("DECLINED", "INVITED", "INVITED"), states(ranked.subList(0, 3)), "the third moves up");
        assertEquals("Не отпускают с работы", TestDatabase.text("SELECT reason FROM stage2_invitation i JOIN account a "
                + "ON a.id = i.account_id WHERE a.email = ?", ranked.get(0)));
        assertEquals(freedBefore + 1, coordinatorMails("STAGE2_SEAT_FREED"), "the coordinator is told");

        assertEquals(302, signedIn(ranked.get(1)).submit("participant/index.xhtml", "invitation", Map.of(), "confirm").status());
        assertEquals("Вы подтвердили участие во втором этапе стажировки «" + TestDatabase.text("SELECT name FROM cohort WHERE id = ?",
                cohort) + "». Программа появится здесь.", signedIn(ranked.get(1)).get("participant/index.xhtml")
                .text("#invitation-heading ~ p"));

        // No answer by the reply-by time: the schedule (every second in the tests) lets the invitation lapse.
        TestDatabase.execute("UPDATE stage2_invitation i JOIN account a ON a.id = i.account_id SET i.reply_by = "
                + "UTC_TIMESTAMP(6) - INTERVAL 1 MINUTE WHERE a.email = ?", ranked.get(2));
        for (int i = 0; i < 100 && !states(ranked.subList(2, 4)).equals(List.of("EXPIRED", "INVITED")); i++) {
            Thread.sleep(100);
        }
        assertEquals(List.of("EXPIRED", "INVITED"), states(ranked.subList(2, 4)), "the fourth moves up");

        long confirmed = invitationOf(ranked.get(1));
        Page noReason = coordinator.submit(stage2(), "invitations", Map.of(), withdrawButton(confirmed));
        assertEquals(List.of("Укажите причину — она останется в журнале решений."), noReason.messages());
        Map<String, String> withdrawal = Map.of(reasonField(confirmed), "Не прошла медосмотр");
        assertEquals(302, coordinator.submit(stage2(), "invitations", withdrawal, withdrawButton(confirmed)).status());
        assertEquals(List.of("DECLINED", "WITHDRAWN", "EXPIRED", "INVITED", "INVITED"), states(ranked), "the fifth moves up");
        assertEquals("Мест: 2. Подтвердили: 0, ждём ответа: 2, отказались или выбыли: 3, в листе ожидания: 0.",
                coordinator.get(stage2()).text("#seats-summary"));
        assertEquals(9, TestDatabase.count("SELECT COUNT(*) FROM audit_entry WHERE cohort_id = ? AND action = 'STAGE2_INVITATION'",
                cohort), "five invitations, a decline, a confirmation, a lapse and a withdrawal: every step in the decision log");
    }

    @Test
    void aConfirmationRacingAWithdrawalNeverGivesTheSeatTwiceNorLeavesItEmpty() throws Exception {
        assertEquals(302, coordinator.submit(stage2(), "round", Map.of("seats", "1", "replyDays", "7"), "open").status());
        long invitation = invitationOf(ranked.get(0));
        WebSession person = signedIn(ranked.get(0));
        Page home = person.get("participant/index.xhtml");
        Page stage2 = coordinator.get(stage2());
        ExecutorService both = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> at = List.of(
                    () -> person.post("participant/index.xhtml", "invitation", Map.of(), "confirm", home.viewState()).status(),
                    () -> coordinator.post(stage2(), "invitations", Map.of(reasonField(invitation), "Ошибка в рейтинге"),
                            withdrawButton(invitation), stage2.viewState()).status());
            for (Future<Integer> done : both.invokeAll(at)) {
                assertTrue(List.of(200, 302).contains(done.get()), "each is done or refused with a message: " + done.get());
            }
        } finally {
            both.shutdown();
        }
        assertEquals(List.of("WITHDRAWN", "INVITED", "—", "—", "—"), states(ranked),
                "confirmed then withdrawn, or withdrawn and the confirmation refused: either way one seat, held by the next");
    }

    @Test
    void theConfirmedSeeTheProgrammeInOrderAndWhoAttendedGetsTheCertificateOfStage2() throws Exception {
        assertEquals(302, coordinator.submit(stage2(), "round", Map.of("seats", "2", "replyDays", "7"), "open").status());
        WebSession confirmed = signedIn(ranked.get(0));
        assertEquals(302, confirmed.submit("participant/index.xhtml", "invitation", Map.of(), "confirm").status());
        String programme = "coordinator/programme.xhtml?cohort=" + cohort;
        String soon = TeamWork.hoursFromNow(24 * 3).format(TeamWork.FORM_TIME);
        for (String title : List.of("Разбор кампаний", "Встреча с фондами")) {
            Page saved = coordinator.submit(programme, "session", Map.of("title", title, "kind", "WORKSHOP", "startsAt", soon,
                    "minutes", "90", "place", "Москва, Покровка, 3", "host", "Мария Белова", "description", "Что сработало"), "save");
            assertEquals(302, saved.status(), saved.body());
        }
        Page noPlace = coordinator.submit(programme, "session", Map.of("title", "Без места", "kind", "WORKSHOP",
                "startsAt", soon, "minutes", "90"), "save");
        assertEquals(List.of("Заполните поле «Место»."), noPlace.messages());
        assertEquals("Без места", noPlace.html().selectFirst("[name=session:title]").val(), "what was typed stays");
        assertEquals(302, coordinator.submit(programme, "sessions", Map.of(), "list:1:up").status(), "the second moved up");
        assertEquals(List.of("Встреча с фондами", "Разбор кампаний"), coordinator.get(programme).texts("#session-list > li > strong"));
        Page home = confirmed.get("participant/index.xhtml");
        assertEquals(List.of("Встреча с фондами", "Разбор кампаний"), home.texts("#programme-heading + ol > li > strong"),
                "the confirmed participant reads the programme in its order");
        assertEquals(List.of(), signedIn(ranked.get(1)).get("participant/index.xhtml").texts("#programme-heading"),
                "one who has not confirmed does not");

        assertEquals(404, confirmed.download("participant/certificate.pdf?stage=2").status(), "no session attended yet");
        long person = TestDatabase.count("SELECT id FROM account WHERE email = ?", ranked.get(0));
        Page marked = coordinator.submitMany(programme, "sessions", Map.of("list:0:present", List.of(String.valueOf(person))),
                "list:0:attended");
        assertEquals(302, marked.status(), marked.body());
        assertEquals(200, confirmed.download("participant/certificate.pdf?stage=2").status(), "attended: the certificate of stage 2");
        String code = TestDatabase.text("SELECT code FROM certificate WHERE account_id = ? AND stage = 2", person);
        assertEquals("Второй этап стажировки по коммуникациям для НКО «" + TestDatabase.text("SELECT name FROM cohort WHERE id = ?",
                cohort) + "»", new WebSession(base).get("certificate/" + code).fact("Программа"));
    }

    private String stage2() {
        return "coordinator/stage2.xhtml?cohort=" + cohort;
    }

    /** Each person's invitation state, "—" for none. */
    private List<String> states(List<String> emails) {
        return emails.stream().map(e -> {
            List<String> s = TestDatabase.texts("SELECT i.state FROM stage2_invitation i JOIN account a ON a.id = i.account_id "
                    + "WHERE a.email = ? AND i.cohort_id = ?", e, cohort);
            return s.isEmpty() ? "—" : s.get(0);
        }).toList();
    }

    private long invitationOf(String email) {
        return TestDatabase.count("SELECT i.id FROM stage2_invitation i JOIN account a ON a.id = i.account_id "
                + "WHERE a.email = ? AND i.cohort_id = ?", email, cohort);
    }

    /** The row's withdraw button and reason field, by the invitation's row in the list (the order they were made in). */
    private String withdrawButton(long invitation) {
        return row(invitation) + ":withdraw";
    }

    private String reasonField(long invitation) {
        return row(invitation) + ":reason";
    }

    private String row(long invitation) {
        List<String> ids = TestDatabase.texts("SELECT CAST(id AS CHAR) FROM stage2_invitation WHERE cohort_id = ? "
                + "ORDER BY invited_at, id", cohort);
        return "list:" + ids.indexOf(String.valueOf(invitation));
    }

    private long mails(String email, String kind) {
        return TestDatabase.count("SELECT COUNT(*) FROM outbox_message WHERE to_address = ? AND kind = ?", email, kind);
    }

    private long coordinatorMails(String kind) {
        return mails("coordinator@example.org", kind);
    }

    private WebSession signedIn(String email) {
        WebSession s = new WebSession(base);
        s.signIn(email, DemoCohort.PASSWORD);
        return s;
    }
}
