package org.csomarathon.cohort;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.csomarathon.identity.Account;
import org.csomarathon.identity.EmailAddress;
import org.csomarathon.identity.Role;
import org.csomarathon.platform.BusinessException;

/**
 * Who is an expert or a reviewer of which cohort: a person holding the role is one for the cohorts
 * they are named in, and only those; a new cohort takes last year's in one step. Coordinators and
 * administrators stay global.
 */
@ApplicationScoped
public class CohortStaff {

    /** The roles named per cohort. */
    public static final List<Role> PER_COHORT = List.of(Role.EXPERT, Role.REVIEWER);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** A named person: who, in which role. */
    public record Named(long accountId, String fullName, String email, Role role) {

        /** As the database holds it: the role by name. */
        public Named(Long accountId, String fullName, String email, String role) {
            this(accountId, fullName, email, Role.valueOf(role));
        }
    }

    static final String NAMED = "CohortStaff.Named";

    public boolean isNamed(long cohortId, long accountId, Role role) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM cohort_staff WHERE cohort_id = ?1 AND account_id = ?2 "
                        + "AND role = ?3")
                .setParameter(1, cohortId).setParameter(2, accountId).setParameter(3, role.name())
                .getSingleResult()).longValue() > 0;
    }

    /** The cohort's experts and reviewers, by role then name. */
    @SuppressWarnings("unchecked")
    public List<Named> of(long cohortId) {
        return em.createNativeQuery("SELECT a.id AS account_id, a.full_name, a.email, s.role FROM cohort_staff s "
                        + "JOIN account a ON a.id = s.account_id WHERE s.cohort_id = ?1 ORDER BY s.role, a.full_name", NAMED)
                .setParameter(1, cohortId).getResultList();
    }

    /** The ids of the cohort's people named in the role. */
    public List<Long> idsOf(long cohortId, Role role) {
        List<?> rows = em.createNativeQuery("SELECT account_id FROM cohort_staff WHERE cohort_id = ?1 AND role = ?2")
                .setParameter(1, cohortId).setParameter(2, role.name()).getResultList();
        return rows.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** Names the person with this address for the cohort in the role; they must hold the role. */
    @Transactional
    public Named name(long cohortId, String email, Role role, Long by) {
        if (!PER_COHORT.contains(role)) {
            throw new BusinessException("staff.role");
        }
        Account person = em.createQuery("SELECT a FROM Account a WHERE a.email = :e", Account.class)
                .setParameter("e", EmailAddress.of(email).value()).getResultStream().findFirst()
                .orElseThrow(() -> new BusinessException("staff.unknown", email == null ? "" : email.strip()));
        if (!person.getRoles().contains(role)) {
            throw new BusinessException("staff.notInRole", person.getFullName());
        }
        insert(cohortId, person.getId(), role, by);
        return new Named(person.getId(), person.getFullName(), person.getEmail(), role);
    }

    @Transactional
    public void remove(long cohortId, long accountId, Role role) {
        em.createNativeQuery("DELETE FROM cohort_staff WHERE cohort_id = ?1 AND account_id = ?2 AND role = ?3")
                .setParameter(1, cohortId).setParameter(2, accountId).setParameter(3, role.name()).executeUpdate();
    }

    /** Names for the cohort everyone named for another (last year's), keeping those named already; how many were added. */
    @Transactional
    public int copy(long fromCohortId, long toCohortId, Long by) {
        int added = 0;
        for (Named n : of(fromCohortId)) {
            added += insert(toCohortId, n.accountId(), n.role(), by);
        }
        return added;
    }

    private int insert(long cohortId, long accountId, Role role, Long by) {
        return em.createNativeQuery("INSERT IGNORE INTO cohort_staff (cohort_id, account_id, role, named_at, named_by) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, cohortId).setParameter(2, accountId).setParameter(3, role.name())
                .setParameter(4, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).setParameter(5, by)
                .executeUpdate();
    }
}
