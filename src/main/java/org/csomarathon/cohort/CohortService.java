package org.csomarathon.cohort;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Reads and keeps cohorts. */
@ApplicationScoped
public class CohortService {

    @PersistenceContext
    EntityManager em;

    /** The newest edition: the one people are applying to or studying in. */
    public Optional<Cohort> findCurrent() {
        return em.createQuery("SELECT c FROM Cohort c ORDER BY c.year DESC", Cohort.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }
}
