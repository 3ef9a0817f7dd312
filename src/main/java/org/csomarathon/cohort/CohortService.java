package org.csomarathon.cohort;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.csomarathon.platform.BusinessException;

/** Creates, changes and reads cohorts: one transaction per coordinator's action. */
@ApplicationScoped
public class CohortService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<CohortCreated> created;

    @Inject
    Event<CohortCopied> copied;

    /** A new edition; its default curriculum is added in the same transaction. */
    @Transactional
    public Cohort create(CohortTerms terms) {
        requireYearFree(terms.year(), -1);
        Cohort cohort = new Cohort(terms);
        em.persist(cohort);
        em.flush();
        created.fire(new CohortCreated(cohort));
        return cohort;
    }

    /**
     * The programme of a cohort for another year, stage 1 starting on {@code newStage1Start} and
     * every other date moved by the same number of days; people and their work stay behind.
     */
    @Transactional
    public Cohort copy(long sourceId, int newYear, LocalDate newStage1Start) {
        Cohort source = getById(sourceId);
        if (newStage1Start == null) {
            throw new BusinessException("cohort.dates.required");
        }
        long shift = ChronoUnit.DAYS.between(source.getStage1Start(), newStage1Start);
        CohortTerms terms = source.terms().copiedTo(newYear, shift);
        requireYearFree(newYear, -1);
        Cohort copy = new Cohort(terms);
        em.persist(copy);
        em.flush();
        copied.fire(new CohortCopied(source, copy, shift));
        return copy;
    }

    /** Refused when someone else changed the cohort since the coordinator opened it. */
    @Transactional
    public Cohort change(long cohortId, CohortTerms terms, int expectedVersion) {
        Cohort cohort = getById(cohortId);
        if (cohort.getVersion() != expectedVersion) {
            throw new BusinessException("cohort.changed");
        }
        requireYearFree(terms.year(), cohortId);
        cohort.change(terms);
        return cohort;
    }

    /** The cohort a page with no cohort named shows now ({@link Cohort#current}). */
    public Optional<Cohort> findCurrent() {
        return Cohort.current(all(), clock.instant());
    }

    public Optional<Cohort> findById(long id) {
        return Optional.ofNullable(em.find(Cohort.class, id));
    }

    public Cohort getById(long id) {
        return findById(id).orElseThrow(() -> new BusinessException("cohort.unknown"));
    }

    public List<Cohort> all() {
        return em.createQuery("SELECT c FROM Cohort c ORDER BY c.year DESC", Cohort.class).getResultList();
    }

    private void requireYearFree(int year, long exceptCohortId) {
        boolean taken = !em.createQuery("SELECT c.id FROM Cohort c WHERE c.year = :year AND c.id <> :id", Long.class)
                .setParameter("year", year)
                .setParameter("id", exceptCohortId)
                .getResultList().isEmpty();
        if (taken) {
            throw new BusinessException("cohort.year.taken", String.valueOf(year));
        }
    }
}
