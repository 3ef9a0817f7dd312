package org.csomarathon.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import org.csomarathon.identity.Role;
import org.csomarathon.submissions.WorkReaders;

/** An expert reads the work of the teams allocated to them, and of any team whose version they review. */
@ApplicationScoped
public class ExpertsReadTheirTeams implements WorkReaders {

    @PersistenceContext
    EntityManager em;

    @Override
    public boolean mayRead(long accountId, Set<Role> roles, long teamId) {
        if (!roles.contains(Role.EXPERT)) {
            return false;
        }
        long found = em.createQuery("SELECT COUNT(a) FROM Allocation a WHERE a.team.id = :team AND a.expert.id = :expert",
                        Long.class)
                .setParameter("team", teamId)
                .setParameter("expert", accountId)
                .getSingleResult()
                + em.createQuery("SELECT COUNT(r) FROM Review r WHERE r.team.id = :team AND r.expert.id = :expert", Long.class)
                .setParameter("team", teamId)
                .setParameter("expert", accountId)
                .getSingleResult();
        return found > 0;
    }
}
