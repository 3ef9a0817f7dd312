package org.csomarathon.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.csomarathon.cohort.Cohort;
import org.csomarathon.identity.Account;
import org.csomarathon.notifications.MessageKind;
import org.csomarathon.notifications.Notifications;
import org.csomarathon.platform.AttendanceExport;
import org.csomarathon.platform.BusinessException;

/** Applications from draft to submission, and the webinar's attendance: one transaction per action. */
@ApplicationScoped
public class IntakeService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Notifications notifications;

    /**
     * What the coordinator learns from a webinar's attendance export: the applicants it matched, and
     * the rows that matched no applicant of the cohort or held no address at all.
     */
    public record AttendanceReport(List<String> matchedApplicants, List<AttendanceExport.Row> unmatched,
                                   List<AttendanceExport.Row> withoutAddress) {
    }

    /** An applicant by address and name. */
    public record Applicant(String email, String fullName) {
    }

    /** The federal subjects, by code (cached reference data). */
    public List<Region> regions() {
        return em.createQuery("SELECT r FROM Region r ORDER BY r.code", Region.class).getResultList();
    }

    public Optional<Region> findRegion(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(Region.class, code));
    }

    /** The cohorts whose call is open now, the one closing first first. */
    public List<Cohort> openCalls() {
        Instant now = clock.instant();
        return Cohort.openCalls(em.createQuery("SELECT c FROM Cohort c WHERE c.applicationDeadline > :now", Cohort.class)
                .setParameter("now", now)
                .getResultList(), now);
    }

    public Optional<Application> applicationOf(long applicantId, long cohortId) {
        return em.createQuery("SELECT a FROM Application a WHERE a.applicant.id = :p AND a.cohort.id = :c",
                        Application.class)
                .setParameter("p", applicantId)
                .setParameter("c", cohortId)
                .getResultStream().findFirst();
    }

    /** The person's applications of every year, the newest cohort first, with their cohorts. */
    public List<Application> applicationsOf(long applicantId) {
        return em.createQuery("SELECT a FROM Application a JOIN FETCH a.cohort WHERE a.applicant.id = :p "
                        + "ORDER BY a.cohort.year DESC", Application.class)
                .setParameter("p", applicantId)
                .getResultList();
    }

    /**
     * Keeps what the person typed: a new draft, a changed draft, or, for an application already
     * submitted, the changed application submitted again (checked again). {@code expectedVersion}
     * is the version the person's page showed (-1 for none), so two windows never overwrite each
     * other silently.
     */
    @Transactional
    public Application save(long applicantId, long cohortId, ApplicationContent content, int expectedVersion) {
        Application application = editable(applicantId, cohortId, expectedVersion);
        if (application.isSubmitted()) {
            submitChecked(application, content, true);
        } else {
            application.change(content, clock.instant());
        }
        return application;
    }

    /** Submits the application: every missing field is named, every reason of ineligibility kept and shown. */
    @Transactional
    public Application submit(long applicantId, long cohortId, ApplicationContent content, boolean consent,
                              int expectedVersion) {
        Application application = editable(applicantId, cohortId, expectedVersion);
        submitChecked(application, content, consent);
        return application;
    }

    private Application editable(long applicantId, long cohortId, int expectedVersion) {
        Optional<Application> existing = em.createQuery("SELECT a FROM Application a WHERE a.applicant.id = :p "
                        + "AND a.cohort.id = :c", Application.class)
                .setParameter("p", applicantId)
                .setParameter("c", cohortId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
        if (existing.isPresent()) {
            if (existing.get().getVersion() != expectedVersion) {
                throw new BusinessException("intake.application.changed");
            }
            return existing.get();
        }
        if (expectedVersion != -1) {
            throw new BusinessException("intake.application.changed");
        }
        Cohort cohort = Optional.ofNullable(em.find(Cohort.class, cohortId))
                .orElseThrow(() -> new BusinessException("cohort.unknown"));
        Instant now = clock.instant();
        if (!cohort.applicationsOpenAt(now)) {
            throw new BusinessException("intake.deadline.passed", cohort.getApplicationDeadline());
        }
        Application application = new Application(cohort, em.find(Account.class, applicantId), now);
        em.persist(application);
        return application;
    }

    private void submitChecked(Application application, ApplicationContent content, boolean consent) {
        if (content.regionCode() != null && em.find(Region.class, content.regionCode()) == null) {
            throw new BusinessException("intake.region.unknown");
        }
        Optional<Organisation> byOgrn = Ogrn.isValid(content.ogrn()) ? organisationWhere("ogrn", content.ogrn())
                : Optional.empty();
        Optional<Organisation> byInn = Inn.isValid(content.inn()) ? organisationWhere("inn", content.inn())
                : Optional.empty();
        boolean twoOrganisations = byOgrn.isPresent() && byInn.isPresent() && !byOgrn.get().equals(byInn.get())
                || byOgrn.isPresent() && byInn.isEmpty() && Inn.isValid(content.inn())
                || byOgrn.isEmpty() && byInn.isPresent() && Ogrn.isValid(content.ogrn());
        List<Ineligibility> reasons = content.ineligibility(twoOrganisations);
        Optional<Organisation> organisation = byOgrn.or(() -> byInn);
        Instant now = clock.instant();
        boolean first = !application.isSubmitted();
        application.submit(content, consent, organisation.isPresent() || !canRegister(content, twoOrganisations)
                ? organisation : Optional.of(register(content, now)), reasons, now);
        em.flush();
        List<Long> applicant = List.of(application.getApplicant().getId());
        String link = "apply/application.xhtml?cohort=" + application.getCohort().getId();
        Object[] arguments = {application.getCohort().getName(), now, application.getCohort().getApplicationDeadline(),
            first ? 0 : 1};
        if (first) {
            notifications.notify(applicant, MessageKind.APPLICATION_RECEIVED, link, arguments);
        } else {
            // Changes are confirmed once a day (the applicant's day): every step saved is not worth a mail.
            LocalDate day = LocalDate.ofInstant(now, application.getApplicant().getTimeZone());
            notifications.notifyOnce("application-changed:" + application.getId() + ":" + day, applicant,
                    MessageKind.APPLICATION_RECEIVED, link, arguments);
        }
    }

    private static boolean canRegister(ApplicationContent content, boolean twoOrganisations) {
        return !twoOrganisations && Ogrn.isValid(content.ogrn()) && Inn.isValid(content.inn())
                && content.regionCode() != null && content.organisationName() != null;
    }

    /** One record per organisation, whatever number of applicants come from it over the years. */
    private Organisation register(ApplicationContent content, Instant now) {
        Organisation organisation = new Organisation(content.organisationName(), new Ogrn(content.ogrn()),
                new Inn(content.inn()), em.find(Region.class, content.regionCode()), content.website(), now);
        em.persist(organisation);
        return organisation;
    }

    private Optional<Organisation> organisationWhere(String number, String value) {
        return em.createQuery("SELECT o FROM Organisation o WHERE o." + number + " = :v", Organisation.class)
                .setParameter("v", value)
                .getResultStream().findFirst();
    }

    /**
     * Keeps the addresses of a webinar's attendance export for the cohort (importing a list again
     * adds only what is new) and reports which applicants they match and which rows match nobody.
     */
    @Transactional
    public AttendanceReport importAttendance(long cohortId, String csv) {
        if (em.find(Cohort.class, cohortId) == null) {
            throw new BusinessException("cohort.unknown");
        }
        AttendanceExport export = new AttendanceExport(csv);
        Set<String> addresses = export.emails();
        if (addresses.isEmpty()) {
            throw new BusinessException("intake.attendance.noAddresses");
        }
        Set<String> known = new HashSet<>(em.createQuery("SELECT w.email FROM WebinarAttendance w "
                        + "WHERE w.cohortId = :c", String.class)
                .setParameter("c", cohortId).getResultList());
        Instant now = clock.instant();
        for (String address : addresses) {
            if (!known.contains(address)) {
                em.persist(new WebinarAttendance(cohortId, address, now));
            }
        }
        List<Applicant> applicants = em.createQuery("SELECT NEW org.csomarathon.intake.IntakeService$Applicant(p.email, "
                        + "p.fullName) FROM Application a JOIN a.applicant p "
                        + "WHERE a.cohort.id = :c AND p.email IN :emails ORDER BY p.fullName", Applicant.class)
                .setParameter("c", cohortId)
                .setParameter("emails", addresses)
                .getResultList();
        Set<String> matched = new HashSet<>();
        List<String> names = new ArrayList<>();
        for (Applicant a : applicants) {
            matched.add(a.email());
            names.add(a.fullName());
        }
        List<AttendanceExport.Row> unmatched = export.rowsWithEmail().stream()
                .filter(r -> !matched.contains(r.email())).toList();
        return new AttendanceReport(names, unmatched, export.rowsWithoutEmail());
    }

    /** The names of the organisations, by id, in one statement. */
    public Map<Long, String> organisationNames(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT o FROM Organisation o WHERE o.id IN :ids", Organisation.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(Organisation::getId, Organisation::getName));
    }

    /** How many addresses of the cohort's webinar are on record. */
    public long attendanceCount(long cohortId) {
        return em.createQuery("SELECT COUNT(w) FROM WebinarAttendance w WHERE w.cohortId = :c", Long.class)
                .setParameter("c", cohortId).getSingleResult();
    }

    /** The cohort's submitted applications and how many of them are eligible (null when there are none). */
    public record Submitted(Number applications, Number eligible) {
    }

    /** How many applications were submitted to the cohort, and how many of them are eligible. */
    public Submitted submittedCounts(long cohortId) {
        return em.createQuery("SELECT NEW org.csomarathon.intake.IntakeService$Submitted(COUNT(a), "
                        + "SUM(CASE WHEN a.eligible = TRUE THEN 1 ELSE 0 END)) FROM Application a WHERE a.cohort.id = :c "
                        + "AND a.state = org.csomarathon.intake.ApplicationState.SUBMITTED", Submitted.class)
                .setParameter("c", cohortId).getSingleResult();
    }
}
