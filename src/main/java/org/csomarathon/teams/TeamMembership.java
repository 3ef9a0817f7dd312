package org.csomarathon.teams;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.csomarathon.identity.Account;

/**
 * One stay of a person in a team: from when, and until when once they have left. The teams' cards (current
 * members with organisation and region, in one statement) are named queries: EclipseLink prepares a named
 * query's SQL once.
 */
@Entity
@Table(name = "team_membership")
@NamedQueries({
    @NamedQuery(name = TeamMembership.CARDS_OF_TEAM, query = TeamMembership.CARDS + "m.team.id = :scope" + TeamMembership.BY_NAME),
    @NamedQuery(name = TeamMembership.CARDS_OF_COHORT, query = TeamMembership.CARDS + "m.team.cohort.id = :scope"
            + TeamMembership.BY_NAME)
})
public class TeamMembership {

    static final String CARDS_OF_TEAM = "TeamMembership.cardsOfTeam";
    static final String CARDS_OF_COHORT = "TeamMembership.cardsOfCohort";
    // Every join an outer one: EclipseLink writes inner joins as a list after the outer ones, where an ON clause
    // could not see them. A membership always has its team and account, so the result is the same.
    static final String CARDS = "SELECT NEW org.csomarathon.teams.TeamService$Seat(t.id, t.name, a.id, a.fullName, "
            + "a.email, a.position, COALESCE(o.name, ''), r) FROM TeamMembership m LEFT JOIN m.team t LEFT JOIN m.account a "
            + "LEFT JOIN Organisation o ON o.id = a.organisationId LEFT JOIN o.region r WHERE m.leftAt IS NULL AND ";
    static final String BY_NAME = " ORDER BY t.name, a.fullName";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_id")
    private Team team;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    @Column(name = "left_at")
    private Instant leftAt;

    protected TeamMembership() {
    }

    public TeamMembership(Team team, Account account, Instant joinedAt) {
        this.team = team;
        this.account = account;
        this.joinedAt = joinedAt;
    }

    /** Closes the stay; the row stays as history. */
    void leave(Instant now) {
        this.leftAt = now;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }

    public Instant getLeftAt() {
        return leftAt;
    }

    public Team getTeam() {
        return team;
    }

    public Account getAccount() {
        return account;
    }
}
