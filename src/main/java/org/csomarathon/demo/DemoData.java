package org.csomarathon.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.csomarathon.cohort.Cohort;
import org.csomarathon.cohort.CohortService;
import org.csomarathon.curriculum.CurriculumService;
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
import org.csomarathon.intake.IntakeService;
import org.csomarathon.selection.ApplicationReview;
import org.csomarathon.selection.Scores;
import org.csomarathon.selection.SelectionService;
import org.csomarathon.intake.Organisation;
import org.csomarathon.intake.Region;
import org.csomarathon.platform.FileType;
import org.csomarathon.platform.Language;
import org.csomarathon.review.ReviewService;
import org.csomarathon.submissions.AssignmentService;
import org.csomarathon.submissions.AssignmentTerms;
import org.csomarathon.submissions.Rubric;
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
    IntakeService intake;

    @Inject
    SelectionService selection;

    @Inject
    Clock clock;

    /** Loads the demo when the database has no accounts yet; says whether it did. */
    @Transactional
    public boolean loadIfEmpty() {
        if (accounts.anyExists()) {
            return false;
        }
        Instant now = clock.instant();
        Cohort cohort = cohorts.create(DemoCohort.terms());

        Map<Integer, Organisation> organisations = new HashMap<>();
        for (DemoOrganisation o : DemoCohort.organisations()) {
            Organisation organisation = new Organisation(o.name(), o.ogrn(), o.inn(),
                    em.find(Region.class, o.regionCode()), o.website(), now);
            em.persist(organisation);
            organisations.put(o.number(), organisation);
        }

        // Every demo account has the same, published password: one hash serves them all.
        String hash = passwords.hashNew(DemoCohort.PASSWORD);
        Map<String, Account> byEmail = new HashMap<>();
        for (DemoPerson p : DemoCohort.people()) {
            Organisation organisation = p.organisation() == null ? null : organisations.get(p.organisation());
            Account account = new Account(EmailAddress.of(p.email()), p.fullName(), hash, Language.DEFAULT,
                    organisation == null ? DemoCohort.ZONE : organisation.getRegion().getTimeZone(),
                    EnumSet.of(p.role()), now);
            account.worksAt(organisation, p.position());
            em.persist(account);
            byEmail.put(p.email(), account);
        }
        em.flush();

        List<Team> formed = new ArrayList<>();
        DemoCohort.teams().forEach((name, members) ->
                formed.add(teams.form(cohort, name, members.stream().map(m -> byEmail.get(m.email())).toList())));
        addAssignments(cohort, now);
        allocateExperts(formed, byEmail);
        addApplications(cohort, hash, now);
        return true;
    }

    /**
     * While the demo cohort's call is open: applications from six applicants (one from Moscow, so
     * ineligible; one still a draft), the demo's two jury members assigned automatically, and the
     * first application scored by both.
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
    private void allocateExperts(List<Team> formed, Map<String, Account> byEmail) {
        long coordinator = byEmail.get("coordinator@example.org").getId();
        Account third = byEmail.get("expert3@example.org");
        for (int i = 0; i < formed.size(); i++) {
            Team team = formed.get(i);
            Account expert = byEmail.get(i % 2 == 0 ? "expert1@example.org" : "expert2@example.org");
            if (i >= 6 && reviews.conflictOfInterest(team, third).isEmpty()) {
                expert = third;
            }
            reviews.allocate(team.getId(), null, expert.getId(), coordinator);
        }
    }

    /**
     * A practical assignment in every module, due six days after the module opens and closing two
     * days later, graded with one rubric; and a team questionnaire open from today, so that the
     * demo's participants can hand something in before the marathon starts.
     */
    private void addAssignments(Cohort cohort, Instant now) {
        Rubric rubric = assignments.createRubric("Практическое задание");
        assignments.addCriterion(rubric.getId(), "Задача понята и решена",
                "0 — не выполнено\n2 — выполнено частично\n4 — выполнено полностью");
        assignments.addCriterion(rubric.getId(), "Опора на материалы модуля",
                "0 — нет\n1 — есть, но поверхностно\n3 — материалы применены к своей организации");
        assignments.addCriterion(rubric.getId(), "Ясность изложения",
                "0 — трудно понять\n1 — понятно\n2 — ясно и убедительно");
        Set<FileType> documents = EnumSet.of(FileType.PDF, FileType.DOCX, FileType.PPTX, FileType.PNG, FileType.JPEG);
        List<WeeklyModule> modules = curriculum.modulesOf(cohort.getId());
        for (WeeklyModule m : modules) {
            Instant due = m.getOpensAt().plus(Duration.ofDays(6));
            assignments.create(m.getId(), new AssignmentTerms("Практика недели " + m.getNumber() + ": " + m.getTitle(),
                    "Примените материалы модуля к своей организации.\n\n"
                            + "1. Опишите, что у вас есть сейчас.\n2. Предложите, что изменить, и почему.\n"
                            + "3. Приложите документ или ссылку на опубликованный материал.",
                    m.getOpensAt(), due, due.plus(Duration.ofDays(2)), true, documents, 20, true, true), rubric.getId());
        }
        Instant firstOpens = modules.get(0).getOpensAt();
        assignments.create(modules.get(0).getId(), new AssignmentTerms("Анкета команды",
                "Расскажите о команде до старта: кто за что отвечает в организации, какие у вас площадки "
                        + "и чего вы ждёте от марафона. Можно текстом, ссылками или файлом.",
                now, firstOpens.plus(Duration.ofDays(2)), firstOpens.plus(Duration.ofDays(4)), false, documents, 20, true,
                true), null);
    }
}
