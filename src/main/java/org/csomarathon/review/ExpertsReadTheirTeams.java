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
        Number found = (Number) em.createNativeQuery("SELECT (SELECT COUNT(*) FROM expert_allocation WHERE team_id = ?1 "
                        + "AND expert_id = ?2) + (SELECT COUNT(*) FROM review WHERE team_id = ?1 AND expert_id = ?2)")
                .setParameter(1, teamId)
                .setParameter(2, accountId)
                .getSingleResult();
        return found.longValue() > 0;
    }
}
