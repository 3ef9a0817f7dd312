package org.csomarathon.teams;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.csomarathon.cohort.Cohort;
import org.csomarathon.identity.Account;
import org.csomarathon.identity.EmailAddress;
import org.csomarathon.identity.Role;
import org.csomarathon.intake.Organisation;
import org.csomarathon.intake.Region;
import org.csomarathon.platform.BusinessException;
import org.csomarathon.platform.Language;
import org.csomarathon.platform.TextLength;

/** Forms teams and tells who is in which team now. */
@ApplicationScoped
public class TeamService {

    public static final int MAX_TEAM_SIZE = 12;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** A team as pages show it: its current members, each with their organisation and region. */
    public record TeamCard(long id, String name, List<Member> members) {
    }

    /** A member's place in a team, as the team cards read it in one statement. */
    public record Seat(long teamId, String teamName, long accountId, String fullName, String email, String position,
                       String organisation, Region region) {

        Member member() {
            return new Member(accountId, fullName, email, position, organisation, region);
        }
    }

    public record Member(long accountId, String fullName, String email, String position, String organisation,
                         Region region) {

        public String regionName(Language language) {
            return region == null ? "" : region.getName(language);
        }
    }

    /** A stay of a person in a team, for their own history. */
    public record Stay(long teamId, String teamName, Instant joinedAt, Instant leftAt) {
    }

    /** A person's stay in a team, for the team's history. */
    public record MemberStay(String fullName, Instant joinedAt, Instant leftAt) {
    }

    /** Forms a team of the cohort with these members, who become its participants if they were not yet. */
    @Transactional
    public Team form(Cohort cohort, String name, List<Account> members) {
        Team team = new Team(cohort, checkedName(cohort.getId(), name), clock.instant());
        em.persist(team);
        for (Account m : members) {
            if (findTeamInCohort(m.getId(), cohort.getId()).isPresent()) {
                throw new BusinessException("teams.alreadyInTeam", m.getFullName());
            }
            admit(cohort, m);
            em.persist(new TeamMembership(team, m, clock.instant()));
        }
        return team;
    }

    /** Makes the person a participant of the cohort, if they are not one already. */
    @Transactional
    public void admit(Cohort cohort, Account account) {
        if (em.find(CohortParticipant.class, key(cohort.getId(), account.getId())) == null) {
            em.persist(new CohortParticipant(cohort, account, clock.instant()));
        }
    }

    /** Adds a person with the participant role to the cohort by their e-mail. */
    @Transactional
    public Account admitByEmail(long cohortId, String email) {
        Account account = em.createQuery("SELECT a FROM Account a WHERE a.email = :email", Account.class)
                .setParameter("email", EmailAddress.of(email).value())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new BusinessException("teams.participant.unknown", email));
        if (!account.getRoles().contains(Role.PARTICIPANT)) {
            throw new BusinessException("teams.participant.notParticipant", account.getFullName());
        }
        if (em.find(CohortParticipant.class, key(cohortId, account.getId())) != null) {
            throw new BusinessException("teams.participant.already", account.getFullName());
        }
        admit(em.find(Cohort.class, cohortId), account);
        return account;
    }

    /**
     * Moves a participant of the cohort into another of its teams, or out of any team when
     * {@code toTeamId} is null. The old stay is closed, not deleted: the person's past work stays
     * with the team it was made in.
     */
    @Transactional
    public void move(long cohortId, long accountId, Long toTeamId) {
        if (em.find(CohortParticipant.class, key(cohortId, accountId)) == null) {
            throw new BusinessException("teams.participant.notInCohort");
        }
        Team target = toTeamId == null ? null : em.find(Team.class, toTeamId);
        if (toTeamId != null && (target == null || !target.getCohort().getId().equals(cohortId))) {
            throw new BusinessException("teams.team.unknown");
        }
        Instant now = clock.instant();
        Optional<TeamMembership> current = currentStay(accountId, cohortId);
        if (current.isPresent() && target != null && current.get().getTeam().getId().equals(target.getId())) {
            throw new BusinessException("teams.move.sameTeam");
        }
        current.ifPresent(m -> m.leave(now));
        if (target != null) {
            em.persist(new TeamMembership(target, em.getReference(Account.class, accountId), now));
        }
    }

    /** A new, empty team of the cohort. */
    @Transactional
    public Team createTeam(long cohortId, String name) {
        Cohort cohort = em.find(Cohort.class, cohortId);
        Team team = new Team(cohort, checkedName(cohortId, name), clock.instant());
        em.persist(team);
        return team;
    }

    /** The cohort's participants who are in no team now, with their organisation and region. */
    public List<Member> withoutTeam(long cohortId) {
        return em.createQuery("SELECT NEW org.csomarathon.teams.TeamService$Member(a.id, a.fullName, a.email, a.position, "
                        + "COALESCE(o.name, ''), r) FROM Account a LEFT JOIN Organisation o ON o.id = a.organisationId "
                        + "LEFT JOIN o.region r WHERE EXISTS (SELECT p FROM CohortParticipant p "
                        + "WHERE p.account = a AND p.cohort.id = :cohort) AND NOT EXISTS (SELECT m FROM TeamMembership m "
                        + "WHERE m.account = a AND m.leftAt IS NULL AND m.team.cohort.id = :cohort) ORDER BY a.fullName",
                        Member.class)
                .setParameter("cohort", cohortId)
                .getResultList();
    }

    /** Proposes teams of about {@code size} for the participants without a team (see {@link TeamProposal}). */
    public List<List<Member>> propose(long cohortId, int size) {
        if (size < 2 || size > MAX_TEAM_SIZE) {
            throw new BusinessException("teams.proposal.size", MAX_TEAM_SIZE);
        }
        return TeamProposal.balance(withoutTeam(cohortId), size);
    }

    /** Forms the proposed teams, named with the prefix and a number, unless someone in it got a team meanwhile. */
    @Transactional
    public void formProposal(long cohortId, String prefix, List<List<Long>> proposal) {
        if (prefix == null || prefix.isBlank()) {
            throw new BusinessException("teams.proposal.prefix.required");
        }
        Cohort cohort = em.find(Cohort.class, cohortId);
        int number = 0;  // numbered from 1 within the prefix, past the names already taken
        for (List<Long> members : proposal) {
            String name;
            do {
                name = prefix.strip() + " " + ++number;
            } while (nameTaken(cohortId, name));
            form(cohort, name, members.stream().map(id -> em.find(Account.class, id)).toList());
        }
    }

    /** The ids of the people in the team now. */
    public List<Long> currentMemberIds(long teamId) {
        return em.createQuery("SELECT m.account.id FROM TeamMembership m WHERE m.team.id = :team AND m.leftAt IS NULL",
                        Long.class)
                .setParameter("team", teamId)
                .getResultList();
    }

    /** The person's team in the cohort now. */
    public Optional<Team> findTeamInCohort(long accountId, long cohortId) {
        return currentStay(accountId, cohortId).map(TeamMembership::getTeam);
    }

    /** Whether the person is or was ever in the team: they may read the work made there. */
    public boolean wasEverIn(long accountId, long teamId) {
        return !em.createQuery("SELECT m.id FROM TeamMembership m WHERE m.account.id = :account AND m.team.id = :team",
                        Long.class)
                .setParameter("account", accountId)
                .setParameter("team", teamId)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    /** Every stay of the person in a team, newest first. */
    public List<Stay> staysOf(long accountId) {
        return em.createQuery("SELECT m FROM TeamMembership m JOIN FETCH m.team WHERE m.account.id = :account "
                        + "ORDER BY m.joinedAt DESC", TeamMembership.class)
                .setParameter("account", accountId)
                .getResultStream()
                .map(m -> new Stay(m.getTeam().getId(), m.getTeam().getName(), m.getJoinedAt(), m.getLeftAt()))
                .toList();
    }

    /** Everyone who is or was in the team, with when they joined and left, earliest first. */
    public List<MemberStay> historyOf(long teamId) {
        return em.createQuery("SELECT m FROM TeamMembership m JOIN FETCH m.account WHERE m.team.id = :team "
                        + "ORDER BY m.joinedAt, m.id", TeamMembership.class)
                .setParameter("team", teamId)
                .getResultStream()
                .map(m -> new MemberStay(m.getAccount().getFullName(), m.getJoinedAt(), m.getLeftAt()))
                .toList();
    }

    public Team getTeam(long teamId) {
        return Optional.ofNullable(em.find(Team.class, teamId)).orElseThrow(() -> new BusinessException("teams.team.unknown"));
    }

    /** The team with its current members. */
    public TeamCard card(long teamId) {
        return cards(TeamMembership.CARDS_OF_TEAM, teamId).stream().findFirst()
                .orElseGet(() -> new TeamCard(teamId, getTeam(teamId).getName(), List.of()));
    }

    private Optional<TeamMembership> currentStay(long accountId, long cohortId) {
        return em.createQuery("SELECT m FROM TeamMembership m JOIN FETCH m.team WHERE m.account.id = :account "
                        + "AND m.leftAt IS NULL AND m.team.cohort.id = :cohort", TeamMembership.class)
                .setParameter("account", accountId)
                .setParameter("cohort", cohortId)
                .getResultStream()
                .findFirst();
    }

    private String checkedName(long cohortId, String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new BusinessException("teams.name.required");
        }
        if (TextLength.exceeds(n, Team.NAME_MAX)) {
            throw new BusinessException("teams.name.long", Team.NAME_MAX);
        }
        if (nameTaken(cohortId, n)) {
            throw new BusinessException("teams.name.taken", n);
        }
        return n;
    }

    private boolean nameTaken(long cohortId, String name) {
        return !em.createQuery("SELECT t.id FROM Team t WHERE t.cohort.id = :cohort AND t.name = :name", Long.class)
                .setParameter("cohort", cohortId)
                .setParameter("name", name)
                .getResultList().isEmpty();
    }

    private static CohortParticipant.Key key(long cohortId, long accountId) {
        return CohortParticipant.Key.of(cohortId, accountId);
    }

    /** The team the person is in now, in their newest cohort, with its members. */
    public Optional<TeamCard> findCurrentTeam(long accountId) {
        return findCurrent(accountId).map(current -> card(current.teamId()));
    }

    /** The cohort the person studies in now: that of their team in their newest cohort. */
    public Optional<Long> findCurrentCohortId(long accountId) {
        return findCurrent(accountId).map(Current::cohortId);
    }

    /** Where the person studies now: their team in their newest cohort, and that cohort. */
    public Optional<Current> findCurrent(long accountId) {
        return em.createQuery("SELECT NEW org.csomarathon.teams.TeamService$Current(m.team.id, m.team.cohort.id) "
                        + "FROM TeamMembership m WHERE m.account.id = :account "
                        + "AND m.leftAt IS NULL ORDER BY m.team.cohort.year DESC", Current.class)
                .setParameter("account", accountId)
                // A person stays in one team per cohort: a few rows. No row limit, with which EclipseLink would
                // prepare the statement again each time.
                .getResultStream()
                .findFirst();
    }

    /** The team a person is in now and its cohort. */
    public record Current(long teamId, long cohortId) {
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

    /**
     * Every team of the cohort with its current members, a team just created (nobody in it yet)
     * included, in two statements whatever the number of teams.
     */
    public List<TeamCard> teamsOf(long cohortId) {
        Map<Long, TeamCard> withMembers = new LinkedHashMap<>();
        cards(TeamMembership.CARDS_OF_COHORT, cohortId).forEach(c -> withMembers.put(c.id(), c));
        return namesOf(cohortId).stream()
                .map(t -> withMembers.getOrDefault(t.id(), new TeamCard(t.id(), t.name(), List.of())))
                .toList();
    }

    private List<TeamCard> cards(String namedQuery, long scopeId) {
        List<Seat> seats = em.createNamedQuery(namedQuery, Seat.class)
                .setParameter("scope", scopeId)
                .getResultList();
        Map<Long, TeamCard> cards = new LinkedHashMap<>();
        for (Seat s : seats) {
            cards.computeIfAbsent(s.teamId(), id -> new TeamCard(id, s.teamName(), new ArrayList<>()))
                    .members()
                    .add(s.member());
        }
        return List.copyOf(cards.values());
    }

    /** A participant of a cohort by name. */
    public record Participant(long accountId, String fullName) {
    }

    /** A participant's current team, by name. */
    public record TeamOf(long accountId, String team) {
    }

    /** The cohort's participants by name; only the one given, if one is. */
    public List<Participant> participantsByName(long cohortId, Long onlyAccountId) {
        return only(em.createQuery("SELECT NEW org.csomarathon.teams.TeamService$Participant(p.account.id, p.account.fullName) "
                + "FROM CohortParticipant p WHERE p.cohort.id = :c" + (onlyAccountId == null ? "" : " AND p.account.id = :account")
                + " ORDER BY p.account.fullName", Participant.class), cohortId, onlyAccountId).getResultList();
    }

    /** The name of each participant's current team, by account; only the one given, if one is. */
    public Map<Long, String> currentTeamNames(long cohortId, Long onlyAccountId) {
        Map<Long, String> names = new HashMap<>();
        only(em.createQuery("SELECT NEW org.csomarathon.teams.TeamService$TeamOf(m.account.id, m.team.name) "
                + "FROM TeamMembership m WHERE m.team.cohort.id = :c AND m.leftAt IS NULL"
                + (onlyAccountId == null ? "" : " AND m.account.id = :account"), TeamOf.class), cohortId, onlyAccountId)
                .getResultList().forEach(t -> names.put(t.accountId(), t.team()));
        return names;
    }

    private static <T> TypedQuery<T> only(TypedQuery<T> query, long cohortId, Long accountId) {
        query.setParameter("c", cohortId);
        return accountId == null ? query : query.setParameter("account", accountId);
    }

    /** The cohort's teams by name. */
    public List<NamedTeam> namesOf(long cohortId) {
        return em.createQuery("SELECT NEW org.csomarathon.teams.NamedTeam(t.id, t.name) FROM Team t "
                        + "WHERE t.cohort.id = :c ORDER BY t.name", NamedTeam.class)
                .setParameter("c", cohortId).getResultList();
    }

    /** How many teams the cohort has. */
    public long teamCount(long cohortId) {
        return em.createQuery("SELECT COUNT(t) FROM Team t WHERE t.cohort.id = :c", Long.class)
                .setParameter("c", cohortId).getSingleResult();
    }

    /** How many people were admitted to the cohort. */
    public long participantCount(long cohortId) {
        return em.createQuery("SELECT COUNT(p) FROM CohortParticipant p WHERE p.cohort.id = :c", Long.class)
                .setParameter("c", cohortId).getSingleResult();
    }

    /** A participant's organisation and its region, where known. */
    public record Affiliation(long accountId, Long organisationId, String organisation, Region region) {
    }

    /** Every participant of the cohort with their organisation and its region. */
    public List<Affiliation> affiliationsOf(long cohortId) {
        return em.createQuery("SELECT NEW org.csomarathon.teams.TeamService$Affiliation(a.id, o.id, o.name, r) "
                        + "FROM CohortParticipant p LEFT JOIN p.account a LEFT JOIN Organisation o ON o.id = a.organisationId "
                        + "LEFT JOIN o.region r WHERE p.cohort.id = :c", Affiliation.class)
                .setParameter("c", cohortId).getResultList();
    }

    /**
     * Which of a cohort's teams a table shows: those with a current member from the region (null: any), among
     * the teams given (null: all).
     */
    public record Selection(long cohortId, String regionCode, Collection<Long> among) {

        boolean none() {
            return among != null && among.isEmpty();
        }
    }

    /** A page of the selected teams by name. */
    public List<NamedTeam> page(Selection selection, int first, int size) {
        return selection.none() ? List.of() : selected("SELECT NEW org.csomarathon.teams.NamedTeam(t.id, t.name) FROM Team t",
                selection, NamedTeam.class, " ORDER BY t.name, t.id").setFirstResult(first).setMaxResults(size).getResultList();
    }

    /** How many teams are selected. */
    public long count(Selection selection) {
        return selection.none() ? 0 : selected("SELECT COUNT(t) FROM Team t", selection, Long.class, "").getSingleResult();
    }

    private <T> TypedQuery<T> selected(String select, Selection selection, Class<T> type, String order) {
        StringBuilder q = new StringBuilder(select).append(" WHERE t.cohort.id = :c");
        if (selection.regionCode() != null) {
            q.append(" AND EXISTS (SELECT m FROM TeamMembership m JOIN m.account a, Organisation o "
                    + "WHERE m.team = t AND m.leftAt IS NULL AND o.id = a.organisationId AND o.region.code = :region)");
        }
        if (selection.among() != null) {
            q.append(" AND t.id IN :among");
        }
        TypedQuery<T> query = em.createQuery(q.append(order).toString(), type).setParameter("c", selection.cohortId());
        if (selection.regionCode() != null) {
            query.setParameter("region", selection.regionCode());
        }
        return selection.among() == null ? query : query.setParameter("among", selection.among());
    }
}
