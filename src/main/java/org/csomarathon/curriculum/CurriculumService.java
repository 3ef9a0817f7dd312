package org.csomarathon.curriculum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.csomarathon.cohort.Cohort;
import org.csomarathon.cohort.CohortCopied;
import org.csomarathon.cohort.CohortCreated;
import org.csomarathon.platform.BusinessException;
import org.csomarathon.platform.CsvText;
import org.csomarathon.teams.TeamService;

/** Keeps each cohort's weekly modules and decides who may read them. */
@ApplicationScoped
public class CurriculumService {

    @PersistenceContext
    EntityManager em;

    @Inject
    TeamService teams;

    @Inject
    Clock clock;

    /** A new cohort starts with the six default modules, one opening each week of stage 1. */
    void addDefaultModules(@Observes CohortCreated event) {
        Cohort cohort = event.cohort();
        for (DefaultModule d : DEFAULT_MODULES) {
            Instant opens = cohort.getStage1Start().plusWeeks(d.number() - 1L).atStartOfDay(cohort.getTimeZone()).toInstant();
            em.persist(new WeeklyModule(cohort, d.number(), d.title(), opens));
        }
    }

    /**
     * The copy of a cohort gets the same modules with their texts and materials, each opening the
     * same days later. Meetings stay behind: they belong to people and dates of their year.
     */
    void copyModules(@Observes CohortCopied event) {
        ZoneId zone = event.source().getTimeZone();
        Instant now = clock.instant();
        for (WeeklyModule m : modulesOf(event.source().getId())) {
            Instant opens = LocalDateTime.ofInstant(m.getOpensAt(), zone).plusDays(event.shiftDays()).atZone(zone).toInstant();
            WeeklyModule copy = new WeeklyModule(event.copy(), m.getNumber(), m.getTitle(), opens);
            copy.change(m.getTitle(), m.getDescription(), opens);
            em.persist(copy);
            em.createQuery("SELECT x FROM Material x WHERE x.module = :module ORDER BY x.id", Material.class)
                    .setParameter("module", m)
                    .getResultList()
                    .forEach(material -> em.persist(material.copyTo(copy, now)));
        }
    }

    @Transactional
    public WeeklyModule change(long moduleId, String title, String description, Instant opensAt, int expectedVersion) {
        WeeklyModule module = getModule(moduleId);
        if (module.getVersion() != expectedVersion) {
            throw new BusinessException("curriculum.module.changed");
        }
        module.change(title, description, opensAt);
        return module;
    }

    /** Swaps the module with its neighbour before ({@code -1}) or after ({@code +1}); at an end, nothing moves. */
    @Transactional
    public void move(long moduleId, int direction) {
        WeeklyModule module = getModule(moduleId);
        List<WeeklyModule> all = modulesOf(module.getCohort().getId());
        int at = all.indexOf(module);
        int to = at + Integer.signum(direction);
        if (to < 0 || to >= all.size()) {
            return;
        }
        WeeklyModule other = all.get(to);
        int mine = module.getNumber();
        int theirs = other.getNumber();
        // (cohort, number) is unique: step aside first.
        module.renumber(-mine);
        em.flush();
        other.renumber(mine);
        em.flush();
        module.renumber(theirs);
    }

    public List<WeeklyModule> modulesOf(long cohortId) {
        return em.createQuery("SELECT m FROM WeeklyModule m WHERE m.cohort.id = :cohort ORDER BY m.number",
                        WeeklyModule.class)
                .setParameter("cohort", cohortId)
                .getResultList();
    }

    public WeeklyModule getModule(long moduleId) {
        return findModule(moduleId).orElseThrow(() -> new BusinessException("curriculum.module.unknown"));
    }

    public Optional<WeeklyModule> findModule(long moduleId) {
        return em.createQuery("SELECT m FROM WeeklyModule m JOIN FETCH m.cohort WHERE m.id = :id", WeeklyModule.class)
                .setParameter("id", moduleId)
                .getResultStream()
                .findFirst();
    }

    /** The module, if the participant studies in its cohort; a module of another cohort is not theirs to see. */
    public Optional<WeeklyModule> findForParticipant(long accountId, long moduleId) {
        return findModule(moduleId).filter(m -> teams.isInCohort(accountId, m.getCohort().getId()));
    }

    private record DefaultModule(int number, String title) {
    }

    private static final List<DefaultModule> DEFAULT_MODULES = readDefaults();

    private static List<DefaultModule> readDefaults() {
        return CsvText.resource(CurriculumService.class, "default-modules.csv").stream()
                .map(f -> new DefaultModule(Integer.parseInt(f.get(0)), f.get(1)))
                .toList();
    }
}
