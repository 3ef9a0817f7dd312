package org.csomarathon.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.csomarathon.alumni.Alumni;
import org.csomarathon.alumni.Profile;
import org.csomarathon.cohort.Cohort;
import org.csomarathon.cohort.CohortService;
import org.csomarathon.cohort.CohortStaff;
import org.csomarathon.curriculum.CurriculumService;
import org.csomarathon.curriculum.ExpertMeeting;
import org.csomarathon.curriculum.MeetingService;
import org.csomarathon.curriculum.WeeklyModule;
import org.csomarathon.demo.DemoCohort.DemoApplicant;
import org.csomarathon.demo.DemoCohort.DemoOrganisation;
import org.csomarathon.demo.DemoCohort.DemoPerson;
import org.csomarathon.identity.Account;
import org.csomarathon.identity.AccountService;
import org.csomarathon.identity.EmailAddress;
import org.csomarathon.identity.PasswordHashing;
import org.csomarathon.identity.Role;
import org.csomarathon.intake.ApplicationContent;
import org.csomarathon.intake.Decision;
import org.csomarathon.intake.IntakeService;
import org.csomarathon.intake.Organisation;
import org.csomarathon.intake.Region;
import org.csomarathon.notifications.Outbox;
import org.csomarathon.platform.ApplicationClock;
import org.csomarathon.platform.FileType;
import org.csomarathon.platform.Language;
import org.csomarathon.review.Review;
import org.csomarathon.review.Allocations;
import org.csomarathon.review.ReviewService;
import org.csomarathon.review.ReviewState;
import org.csomarathon.selection.ApplicationReview;
import org.csomarathon.selection.Scores;
import org.csomarathon.selection.SelectionService;
import org.csomarathon.stage2.Invitation;
import org.csomarathon.stage2.Invitations;
import org.csomarathon.stage2.Programme;
import org.csomarathon.stage2.Session;
import org.csomarathon.stage2.SessionKind;
import org.csomarathon.submissions.Assignment;
import org.csomarathon.submissions.AssignmentService;
import org.csomarathon.submissions.AssignmentTerms;
import org.csomarathon.submissions.Outcome;
import org.csomarathon.submissions.Rubric;
import org.csomarathon.submissions.RubricCriterion;
import org.csomarathon.submissions.Submission;
import org.csomarathon.submissions.SubmissionService;
import org.csomarathon.teams.Team;
import org.csomarathon.teams.TeamService;

/** Loads the demo cohort in one transaction: all of it, or nothing. */
@ApplicationScoped
public class DemoData {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    TeamService teams;

    @Inject
    CohortService cohorts;

    @Inject
    PasswordHashing passwords;

    @Inject
    CurriculumService curriculum;

    @Inject
    AssignmentService assignments;

    @Inject
    ReviewService reviews;

    @Inject
    Allocations allocations;

    @Inject
    SubmissionService submissions;

    @Inject
    IntakeService intake;

    @Inject
    SelectionService selection;

    @Inject
    MeetingService meetings;

    @Inject
    Outbox outbox;

    @Inject
    ApplicationClock clock;

    @Inject
    Invitations invitations;

    @Inject
    Programme programme;

    @Inject
    Alumni alumni;

    @Inject
    CohortStaff staff;

    /**
     * Loads the demo when the database has no accounts yet, laid out around today (the application's
     * clock): last year's cohort over, this year's in the third week of stage 1 with its first two weeks
     * handed in and reviewed, next year's call open; says whether it did.
     */
    @Transactional
    public boolean loadIfEmpty() {
        if (accounts.anyExists()) {
            return false;
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, DemoCohort.ZONE);
        Cohort last = cohorts.create(DemoCohort.lastYear(today));
        Cohort cohort = cohorts.create(DemoCohort.thisYear(today));
        Cohort next = cohorts.create(DemoCohort.nextYear(today));
        Instant registered = inMoscow(last.getCallOpens(), 9);

        Map<Integer, Organisation> organisations = new HashMap<>();
        for (DemoOrganisation o : DemoCohort.organisations()) {
            Organisation organisation = new Organisation(o.name(), o.ogrn(), o.inn(),
                    em.find(Region.class, o.regionCode()), o.website(), registered);
            em.persist(organisation);
            organisations.put(o.number(), organisation);
        }
        em.flush();  // the organisations' ids, for the accounts that work at them

        // Every demo account has the same, published password: one hash serves them all.
        String hash = passwords.hashNew(DemoCohort.PASSWORD);
        Map<String, Account> byEmail = new HashMap<>();
        for (DemoPerson p : Stream.concat(DemoCohort.people().stream(), DemoCohort.alumni().stream()).toList()) {
            Organisation organisation = p.organisation() == null ? null : organisations.get(p.organisation());
            Account account = new Account(EmailAddress.of(p.email()), p.fullName(), hash, Language.DEFAULT,
                    organisation == null ? DemoCohort.ZONE : organisation.getRegion().getTimeZone(),
                    EnumSet.of(p.role()), registered);
            account.worksAt(organisation == null ? null : organisation.getId(), p.position());
            em.persist(account);
            byEmail.put(p.email(), account);
        }
        em.flush();

        // The demo's experts and reviewers are named for each year they work in.
        for (Cohort c : List.of(last, cohort)) {
            for (String expert : List.of("expert1@example.org", "expert2@example.org", "expert3@example.org")) {
                staff.name(c.getId(), expert, Role.EXPERT, null);
            }
        }
        for (Cohort c : List.of(last, cohort, next)) {
            for (String reviewer : List.of("reviewer1@example.org", "reviewer2@example.org")) {
                staff.name(c.getId(), reviewer, Role.REVIEWER, null);
            }
        }

        Rubric rubric = practiceRubric();
        replayLastYear(last, rubric, byEmail);
        replayLastYearsStageTwo(last, byEmail);
        replayIntake(cohort, DemoCohort.teams(), byEmail);
        List<Team> formed = formTeams(cohort, DemoCohort.teams(), byEmail);
        List<Assignment> practice = addPractice(cohort, rubric);
        addQuestionnaire(cohort, now);
        Map<Team, Account> experts = allocateExperts(formed, byEmail);
        handInAndReviewTheFirstWeeks(cohort, formed, experts, practice, byEmail, today);
        addMeetings(cohort, byEmail, today);
        outbox.recordSentBefore(now);
        addApplications(next, hash, now);
        return true;
    }

    /**
     * Replays last year's cohort, over now: twelve participants in three teams applied, were admitted
     * (below the minimum, confirmed), and handed in all six weeks, each accepted on the rubric — but the
     * third team stopped after week 4, so its people did not pass the gate and the stage-2 ranking holds
     * the other eight.
     */
    private void replayLastYear(Cohort last, Rubric rubric, Map<String, Account> byEmail) {
        Map<String, List<DemoPerson>> lastTeams = DemoCohort.teams(DemoCohort.alumni());
        replayIntake(last, lastTeams, byEmail);
        List<Team> formed = formTeams(last, lastTeams, byEmail);
        List<Account> handers = firstMembers(lastTeams, byEmail);
        List<Assignment> practice = addPractice(last, rubric);
        Map<Team, Account> experts = allocateExperts(formed, byEmail);
        List<RubricCriterion> criteria = assignments.criteriaOf(rubric.getId());
        for (int week = 0; week < practice.size(); week++) {
            Assignment assignment = practice.get(week);
            LocalDate opened = LocalDate.ofInstant(assignment.getOpensAt(), DemoCohort.ZONE);
            for (int t = 0; t < formed.size(); t++) {
                if (t == 2 && week >= 4) {
                    continue;
                }
                long version = handIn(handers.get(t), assignment, inMoscow(opened.plusDays(4), 19), t);
                review(experts.get(formed.get(t)), version, criteria, ACCEPTED_SCORES[(week + t) % 3],
                        ACCEPTED[(week + t) % 3], Outcome.ACCEPTED, null, inMoscow(opened.plusDays(7), 11));
            }
        }
    }

    /**
     * Replays last year's stage 2 and its alumni: six of the eight ranked were invited two days after
     * stage 1; one declined and the seventh moved up; the programme of three sessions, attended by the
     * confirmed; a work shown as an example with its team's consent; the graduates made alumni, four of
     * them in the directory.
     */
    private void replayLastYearsStageTwo(Cohort last, Map<String, Account> byEmail) {
        long coordinator = byEmail.get("coordinator@example.org").getId();
        Instant invited = inMoscow(last.getStage1End().plusDays(2), 10);
        clock.replay(invited, () -> invitations.open(last.getId(), 6, 7, coordinator));
        List<Invitation> sent = em.createQuery("SELECT i FROM Invitation i WHERE i.cohortId = :c ORDER BY i.id", Invitation.class)
                .setParameter("c", last.getId()).getResultList();
        for (int i = 0; i < sent.size(); i++) {
            Invitation invitation = sent.get(i);
            boolean declines = i == 2;
            clock.replay(invited.plus(Duration.ofHours(20 + 6L * i)), () -> invitations.answer(invitation.getAccountId(),
                    invitation.getId(), !declines, declines ? "Не смогу приехать: в эти дни отчёт перед фондом" : null));
        }
        Invitation movedUp = em.createQuery("SELECT i FROM Invitation i WHERE i.cohortId = :c ORDER BY i.id DESC", Invitation.class)
                .setParameter("c", last.getId()).setMaxResults(1).getSingleResult();
        clock.replay(invited.plus(Duration.ofDays(3)), () -> invitations.answer(movedUp.getAccountId(), movedUp.getId(), true, null));

        LocalDate first = last.getStage2Start();
        String[][] sessions = {
            {"Встреча с фондами-партнёрами", "PARTNER_MEETING", "10", "Анна Дмитриевна Руденко"},
            {"Мастерская: годовой отчёт, который читают", "WORKSHOP", "14", "Мария Александровна Белова"},
            {"Что получилось и что нет: разбор марафона", "DISCUSSION", "34", "Ирина Сергеевна Волкова"}};
        for (String[] x : sessions) {
            int hour = Integer.parseInt(x[2]);
            programme.add(last.getId(), new Session.Terms(inMoscow(first.plusDays(hour / 24), hour % 24), 120,
                    "Москва, Покровский бульвар, 3", SessionKind.valueOf(x[1]), x[0], null, x[3]));
        }
        List<Long> confirmed = programme.confirmed(last.getId()).stream().map(Programme.Attendee::accountId).toList();
        List<Session> planned = programme.sessionsOf(last.getId());
        for (int i = 0; i < planned.size(); i++) {
            programme.markAttendance(coordinator, planned.get(i).getId(), i == 2 ? confirmed.subList(1, confirmed.size()) : confirmed);
        }

        Long example = em.createQuery("SELECT r.id FROM Review r WHERE r.team.cohort.id = :c AND r.state = :released "
                        + "ORDER BY r.id", Long.class)
                .setParameter("c", last.getId()).setParameter("released", ReviewState.RELEASED).setMaxResults(1).getSingleResult();
        Review shown = em.find(Review.class, example);
        reviews.markExample(shown.getExpert().getId(), Set.of(Role.EXPERT), example, true);
        clock.replay(invited, () -> reviews.answerExample(teams.currentMemberIds(shown.getTeam().getId()).get(0), example, true));

        clock.replay(inMoscow(last.getStage2End().plusDays(1), 9), () -> alumni.graduate(last.getId()));
        String[][] profiles = {
            {"alumnus01@example.org", "сайт, тексты, годовые отчёты", "t.me/orlova_pr"},
            {"alumnus05@example.org", "сайт, фандрайзинг", "klimenko@example.org"},
            {"alumnus06@example.org", "соцсети, видео", "vk.com/laptev"},
            {"alumnus07@example.org", "работа с донорами, кризисные коммуникации", "+7 900 000-00-07"}};
        for (String[] x : profiles) {
            Account person = byEmail.get(x[0]);
            Organisation works = person.getOrganisationId() == null ? null : em.find(Organisation.class, person.getOrganisationId());
            clock.replay(inMoscow(last.getStage2End().plusDays(3), 12), () -> alumni.save(person.getId(), new Profile.Facts(
                    works == null ? null : works.getName(), works == null ? null : works.getRegion().getCode(),
                    person.getPosition(), x[1], x[2]), true));
        }
    }

    /** Forms the teams three days before stage 1, in the order given. */
    private List<Team> formTeams(Cohort cohort, Map<String, List<DemoPerson>> members, Map<String, Account> byEmail) {
        List<Team> formed = new ArrayList<>();
        clock.replay(inMoscow(cohort.getStage1Start().minusDays(3), 10), () -> members.forEach((name, people) ->
                formed.add(teams.form(cohort, name, people.stream().map(m -> byEmail.get(m.email())).toList()))));
        return formed;
    }

    /** The member who hands in for each team, in the teams' order. */
    private static List<Account> firstMembers(Map<String, List<DemoPerson>> members, Map<String, Account> byEmail) {
        return members.values().stream().map(people -> byEmail.get(people.get(0).email())).toList();
    }

    /**
     * Replays a cohort's intake as it happened, so that its people have one record from the call on:
     * the teams' members applied during the call (their organisations on record), both reviewers scored
     * each application, the coordinator admitted them all and published the results four days before
     * stage 1 (confirming it below the cohort's minimum); the admitted became the cohort's participants.
     */
    private void replayIntake(Cohort cohort, Map<String, List<DemoPerson>> members, Map<String, Account> byEmail) {
        Map<Integer, DemoOrganisation> organisations = new HashMap<>();
        DemoCohort.organisations().forEach(o -> organisations.put(o.number(), o));
        List<DemoPerson> participants = members.values().stream().flatMap(List::stream).toList();
        List<Long> applications = new ArrayList<>();
        for (int i = 0; i < participants.size(); i++) {
            DemoPerson p = participants.get(i);
            DemoOrganisation o = organisations.get(p.organisation());
            ApplicationContent content = new ApplicationContent(null, p.position(), true, true, o.name(), o.ogrn().value(),
                    o.inn().value(), o.regionCode(), o.website(), null, null,
                    "Хочу выстроить коммуникации организации системно, а не от случая к случаю.",
                    "Обновить сайт, завести контент-план, выпустить первый годовой отчёт.",
                    "Руководитель выделяет время и бюджет на коммуникации.", null);
            long applicant = byEmail.get(p.email()).getId();
            applications.add(clock.replay(inMoscow(cohort.getCallOpens().plusDays(3 + i % 30), 10 + i % 8),
                    () -> intake.submit(applicant, cohort.getId(), content, true, -1).getId()));
        }
        LocalDate closed = LocalDate.ofInstant(cohort.getApplicationDeadline(), DemoCohort.ZONE);
        clock.replay(inMoscow(closed.plusDays(1), 10), () -> selection.assignAutomatically(cohort.getId()));
        for (int i = 0; i < applications.size(); i++) {
            Scores scores = new Scores(3 + i % 3, 2 + i % 4, 4, 3 + i % 2, 4);
            for (ApplicationReview review : selection.reviewsOf(applications.get(i))) {
                clock.replay(inMoscow(closed.plusDays(2), 11), () -> selection.score(review.getReviewer().getId(),
                        review.getApplication().getId(), scores, "Понятный план, организация готова выделить время.",
                        review.getVersion()));
            }
        }
        long coordinator = byEmail.get("coordinator@example.org").getId();
        clock.replay(inMoscow(cohort.getStage1Start().minusDays(5), 12),
                () -> applications.forEach(a -> selection.decide(a, Decision.ADMITTED, coordinator)));
        clock.replay(inMoscow(cohort.getStage1Start().minusDays(4), 12),
                () -> selection.publishResults(cohort.getId(), participants.size() < cohort.getMinParticipants(),
                        coordinator));
    }

    private static Instant inMoscow(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(DemoCohort.ZONE).toInstant();
    }

    /**
     * Replays the first two weeks of stage 1 as they happened: week 1 handed in by eight teams of nine
     * (one of them late), reviewed on the rubric, one team asked for a revision it has not sent yet and
     * one version still waiting for its expert; week 2 handed in by seven teams (one late), its feedback
     * held for a release time tomorrow and most of it still waiting; one team has a draft of week 3, the
     * team that handed in nothing is at risk, one team has an extension for week 3.
     */
    private void handInAndReviewTheFirstWeeks(Cohort cohort, List<Team> formed, Map<Team, Account> experts,
                                             List<Assignment> practice, Map<String, Account> byEmail, LocalDate today) {
        LocalDate start = cohort.getStage1Start();
        List<Account> handers = firstMembers(DemoCohort.teams(), byEmail);
        List<RubricCriterion> criteria = assignments.criteriaOf(practice.get(0).getRubric().getId());
        Assignment week1 = practice.get(0);
        Assignment week2 = practice.get(1);
        for (int i = 0; i < 8; i++) {
            Team team = formed.get(i);
            Instant at = i == 5 ? inMoscow(start.plusDays(6), 20) : inMoscow(start.plusDays(4), 19);
            long version = handIn(handers.get(i), week1, at, i);
            if (i == 7) {
                continue;
            }
            boolean revise = i == 3;
            review(experts.get(team), version, criteria, revise ? new int[] {2, 1, 1} : ACCEPTED_SCORES[i % 3],
                    revise ? REVISE : ACCEPTED[i % 3], revise ? Outcome.NEEDS_REVISION : Outcome.ACCEPTED,
                    revise ? today.plusDays(2).atTime(23, 59).atZone(DemoCohort.ZONE).toInstant() : null,
                    inMoscow(start.plusDays(8), 11));
        }
        for (int i = 0; i < 7; i++) {
            Team team = formed.get(i);
            Instant at = i == 6 ? inMoscow(start.plusDays(13), 9) : inMoscow(start.plusDays(11), 18);
            handIn(handers.get(i), week2, at, i);
        }
        Instant released = today.plusDays(1).atTime(18, 0).atZone(DemoCohort.ZONE).toInstant();
        clock.replay(inMoscow(start.plusDays(13), 19), () -> reviews.releaseFeedbackAt(week2.getId(), released));
        long heldVersion = em.createQuery("SELECT v.id FROM SubmissionVersion v WHERE v.submission.assignment = :a "
                        + "AND v.submission.team = :t", Long.class)
                .setParameter("a", week2).setParameter("t", formed.get(0)).getSingleResult();
        review(experts.get(formed.get(0)), heldVersion, criteria, ACCEPTED_SCORES[0], ACCEPTED[0], Outcome.ACCEPTED, null,
                inMoscow(start.plusDays(13), 20));
        Assignment week3 = practice.get(2);
        submissions.saveDraft(handers.get(2).getId(), week3.getId(), 0,
                new Submission.Content("Черновик: какие разделы сайта обновить первыми.", List.of()));
        long coordinator = byEmail.get("coordinator@example.org").getId();
        assignments.grantExtension(week3.getId(), formed.get(4).getId(), week3.getDueAt().plus(Duration.ofDays(3)),
                week3.getCutOffAt().plus(Duration.ofDays(3)), "Участница команды на больничном, договорились о трёх днях.",
                coordinator);
    }

    /**
     * An expert meeting on the third day of weeks 1 and 2, held, with its recording and attendance (team
     * «Ветер» and one more person missed both), and the next one tomorrow evening.
     */
    private void addMeetings(Cohort cohort, Map<String, Account> byEmail, LocalDate today) {
        MeetingService.Staff coordinator = new MeetingService.Staff(byEmail.get("coordinator@example.org").getId(), true);
        List<WeeklyModule> modules = curriculum.modulesOf(cohort.getId());
        Set<String> absent = new HashSet<>(List.of("participant01@example.org"));
        DemoCohort.teams().get("Ветер").forEach(p -> absent.add(p.email()));
        List<Long> present = DemoCohort.teams().values().stream().flatMap(List::stream)
                .filter(p -> !absent.contains(p.email())).map(p -> byEmail.get(p.email()).getId()).toList();
        for (int week = 1; week <= 2; week++) {
            WeeklyModule module = modules.get(week - 1);
            LocalDate day = LocalDate.ofInstant(module.getOpensAt(), DemoCohort.ZONE).plusDays(2);
            ExpertMeeting held = meetings.plan(module.getId(), inMoscow(day, 18), 60,
                    byEmail.get(week == 1 ? "expert1@example.org" : "expert2@example.org").getId(),
                    "https://meet.example.org/week-" + week);
            em.flush();
            meetings.recordedAt(coordinator, held.getId(), "https://video.example.org/week-" + week);
            meetings.markAttendance(coordinator, held.getId(), present);
        }
        meetings.plan(modules.get(2).getId(), inMoscow(today.plusDays(1), 18), 60,
                byEmail.get("expert3@example.org").getId(), "https://meet.example.org/week-3");
    }

    private static final int[][] ACCEPTED_SCORES = {{4, 3, 2}, {4, 1, 2}, {2, 3, 1}};

    private static final String[] ACCEPTED = {
        "Сильная работа: видно, что материалы модуля применены к вашей организации. Продолжайте в том же духе.",
        "Задача решена полностью. Опора на материалы пока поверхностная: свяжите выводы с разбором из лекции.",
        "Хороший план. Сформулируйте изменения короче — читатель должен понять их с первого абзаца."};

    private static final String REVISE = "Пока это описание, а не план: добавьте, что именно вы измените и к какому сроку.";

    /** The team's member hands in a short text at {@code at}; the version's id. */
    private long handIn(Account member, Assignment assignment, Instant at, int teamIndex) {
        String text = "Что есть сейчас: сайт обновляется раз в месяц, соцсети ведёт один человек.\n"
                + "Что изменим: контент-план на квартал, рубрики и ответственные (команда " + (teamIndex + 1) + ").";
        return clock.replay(at, () -> submissions.submit(member.getId(), assignment.getId(), 0,
                new Submission.Content(text, List.of()), true).versionId());
    }

    private void review(Account expert, long versionId, List<RubricCriterion> criteria, int[] points, String comment,
                        Outcome outcome, Instant revisionDue, Instant at) {
        Review review = em.createQuery("SELECT r FROM Review r WHERE r.submitted.id = :v", Review.class)
                .setParameter("v", versionId).getSingleResult();
        Map<Long, Integer> scores = new HashMap<>();
        for (int c = 0; c < criteria.size(); c++) {
            scores.put(criteria.get(c).getId(), points[c]);
        }
        clock.replay(at, () -> reviews.save(expert.getId(), Set.of(Role.EXPERT), review.getId(), review.getVersion(), scores,
                comment, outcome, true, revisionDue));
    }

    /**
     * While the demo cohort's call is open: applications from six applicants (one from Moscow, so
     * ineligible; one still a draft), the demo's two jury members assigned automatically, the first
     * application scored by both, and the webinar's attendance export imported (three applicants and a
     * guest without an address).
     */
    private void addApplications(Cohort cohort, String hash, Instant now) {
        if (!cohort.applicationsOpenAt(now)) {
            return;
        }
        List<DemoApplicant> applicants = DemoCohort.APPLICANTS;
        long first = 0;
        for (int i = 0; i < applicants.size(); i++) {
            DemoApplicant a = applicants.get(i);
            Region region = em.find(Region.class, a.regionCode());
            Account account = new Account(EmailAddress.of(a.email()), a.fullName(), hash, Language.DEFAULT,
                    region.getTimeZone(), EnumSet.of(Role.APPLICANT), now);
            em.persist(account);
            em.flush();
            first = i == 0 ? account.getId() : first;
            ApplicationContent content = new ApplicationContent(null, "Специалист по коммуникациям", true, true,
                    a.organisation(), a.ogrn(), a.inn(), a.regionCode(), null, null, null,
                    "Хочу выстроить коммуникации организации системно, а не от случая к случаю.",
                    "Обновить сайт, завести контент-план, выпустить первый годовой отчёт.",
                    "Руководитель выделяет время и бюджет на коммуникации.", null);
            if (i == applicants.size() - 1) {
                intake.save(account.getId(), cohort.getId(), content, -1);
            } else {
                intake.submit(account.getId(), cohort.getId(), content, true, -1);
            }
        }
        intake.importAttendance(cohort.getId(), "Имя;Почта;Вход\n" + applicants.subList(0, 3).stream()
                .map(a -> a.fullName() + ";" + a.email() + ";12:02\n").collect(Collectors.joining()) + "Гость;;12:10\n");
        selection.assignAutomatically(cohort.getId());
        for (ApplicationReview review : selection.reviewsOf(intake.applicationOf(first, cohort.getId()).orElseThrow()
                .getId())) {
            selection.score(review.getReviewer().getId(), review.getApplication().getId(), new Scores(4, 3, 5, 4, 4),
                    "Сильная мотивация и понятный план; сайту не хватает отчётности.", review.getVersion());
        }
    }

    /**
     * The first two experts share the teams for the whole marathon; the third works for one of the
     * organisations, so she is given only the teams without its people (conflict of interest).
     */
    private Map<Team, Account> allocateExperts(List<Team> formed, Map<String, Account> byEmail) {
        long coordinator = byEmail.get("coordinator@example.org").getId();
        Account third = byEmail.get("expert3@example.org");
        Map<Team, Account> experts = new HashMap<>();
        for (int i = 0; i < formed.size(); i++) {
            Team team = formed.get(i);
            Account expert = byEmail.get(i % 2 == 0 ? "expert1@example.org" : "expert2@example.org");
            if (i >= 6 && allocations.conflictOfInterest(team, third).isEmpty()) {
                expert = third;
            }
            allocations.allocate(team.getId(), null, expert.getId(), coordinator);
            experts.put(team, expert);
        }
        return experts;
    }

    private static final Set<FileType> DOCUMENTS = EnumSet.of(FileType.PDF, FileType.DOCX, FileType.PPTX, FileType.PNG,
            FileType.JPEG);

    /** The rubric every practical assignment is graded with. */
    private Rubric practiceRubric() {
        Rubric rubric = assignments.createRubric("Практическое задание");
        assignments.addCriterion(rubric.getId(), "Задача понята и решена",
                "0 — не выполнено\n2 — выполнено частично\n4 — выполнено полностью");
        assignments.addCriterion(rubric.getId(), "Опора на материалы модуля",
                "0 — нет\n1 — есть, но поверхностно\n3 — материалы применены к своей организации");
        assignments.addCriterion(rubric.getId(), "Ясность изложения",
                "0 — трудно понять\n1 — понятно\n2 — ясно и убедительно");
        return rubric;
    }

    /**
     * A practical assignment in every module, due six days after the module opens and closing two days
     * later, graded with the rubric; in the modules' order.
     */
    private List<Assignment> addPractice(Cohort cohort, Rubric rubric) {
        List<Assignment> practice = new ArrayList<>();
        for (WeeklyModule m : curriculum.modulesOf(cohort.getId())) {
            Instant due = m.getOpensAt().plus(Duration.ofDays(6));
            practice.add(assignments.create(m.getId(), new AssignmentTerms("Практика недели " + m.getNumber() + ": " + m.getTitle(),
                    "Примените материалы модуля к своей организации.\n\n"
                            + "1. Опишите, что у вас есть сейчас.\n2. Предложите, что изменить, и почему.\n"
                            + "3. Приложите документ или ссылку на опубликованный материал.",
                    m.getOpensAt(), due, due.plus(Duration.ofDays(2)), true, DOCUMENTS, 20, true, true), rubric.getId()));
        }
        return practice;
    }

    /** In module 1, a team questionnaire open until three days from today: every team has something to hand in now. */
    private void addQuestionnaire(Cohort cohort, Instant now) {
        WeeklyModule first = curriculum.modulesOf(cohort.getId()).get(0);
        assignments.create(first.getId(), new AssignmentTerms("Анкета команды",
                "Расскажите о команде: кто за что отвечает в организации, какие у вас площадки "
                        + "и чего вы ждёте от марафона. Можно текстом, ссылками или файлом.",
                first.getOpensAt(), now.plus(Duration.ofDays(3)), now.plus(Duration.ofDays(5)), false, DOCUMENTS, 20,
                true, true), null);
    }
}
