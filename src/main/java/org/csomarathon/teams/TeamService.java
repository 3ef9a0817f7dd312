package org.csomarathon.teams;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.csomarathon.cohort.Cohort;
import org.csomarathon.identity.Account;
import org.csomarathon.intake.Organisation;
import org.csomarathon.intake.Region;
import org.csomarathon.platform.Language;

/** Forms teams and tells who is in which team now. */
@ApplicationScoped
public class TeamService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** A team as pages show it: its current members, each with their organisation and region. */
    public record TeamCard(long id, String name, List<Member> members) {
    }

    public record Member(long accountId, String fullName, String email, String position, String organisation,
                         Region region) {

        public String regionName(Language language) {
            return region == null ? "" : region.getName(language);
        }
    }

    @Transactional
    public Team form(Cohort cohort, String name, List<Account> members) {
        Team team = new Team(cohort, name, clock.instant());
        em.persist(team);
        members.forEach(m -> em.persist(new TeamMembership(team, m, clock.instant())));
        return team;
    }

    /** The team the person is in now, in their newest cohort. */
    public Optional<TeamCard> findCurrentTeam(long accountId) {
        List<Long> teamIds = em.createQuery("SELECT m.team.id FROM TeamMembership m "
                        + "WHERE m.account.id = :account AND m.leftAt IS NULL ORDER BY m.team.cohort.year DESC", Long.class)
                .setParameter("account", accountId)
                .setMaxResults(1)
                .getResultList();
        return teamIds.isEmpty() ? Optional.empty() : cards("m.team.id = :scope", teamIds.get(0)).stream().findFirst();
    }

    /** The cohort the person studies in now: that of their team in their newest cohort. */
    public Optional<Long> findCurrentCohortId(long accountId) {
        return em.createQuery("SELECT m.team.cohort.id FROM TeamMembership m WHERE m.account.id = :account "
                        + "AND m.leftAt IS NULL ORDER BY m.team.cohort.year DESC", Long.class)
                .setParameter("account", accountId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** Whether the person is in a team of the cohort now: what makes them its participant. */
    public boolean isInCohort(long accountId, long cohortId) {
        return !em.createQuery("SELECT m.id FROM TeamMembership m WHERE m.account.id = :account "
                        + "AND m.leftAt IS NULL AND m.team.cohort.id = :cohort", Long.class)
                .setParameter("account", accountId)
                .setParameter("cohort", cohortId)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    /** Every team of the cohort with its current members, in one statement whatever the number of teams. */
    public List<TeamCard> teamsOf(long cohortId) {
        return cards("m.team.cohort.id = :scope", cohortId);
    }

    private List<TeamCard> cards(String scope, long scopeId) {
        // EclipseLink ignores a JOIN FETCH through an alias; its hint fetches the nested path in the same statement.
        List<TeamMembership> memberships = em.createQuery("SELECT m FROM TeamMembership m "
                        + "JOIN FETCH m.team t JOIN FETCH m.account a WHERE m.leftAt IS NULL AND " + scope
                        + " ORDER BY t.name, a.fullName", TeamMembership.class)
                .setParameter("scope", scopeId)
                .setHint("eclipselink.left-join-fetch", "m.account.organisation.region")
                .getResultList();
        Map<Long, TeamCard> cards = new LinkedHashMap<>();
        for (TeamMembership m : memberships) {
            Team team = m.getTeam();
            Account a = m.getAccount();
            Organisation o = a.getOrganisation();
            cards.computeIfAbsent(team.getId(), id -> new TeamCard(id, team.getName(), new ArrayList<>()))
                    .members()
                    .add(new Member(a.getId(), a.getFullName(), a.getEmail(), a.getPosition(), o == null ? "" : o.getName(),
                            o == null ? null : o.getRegion()));
        }
        return List.copyOf(cards.values());
    }
}
