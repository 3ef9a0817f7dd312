package org.csomarathon.teams;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.csomarathon.identity.Account;

/** One stay of a person in a team: from when, and until when once they have left. */
@Entity
@Table(name = "team_membership")
public class TeamMembership {

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
