package org.csomarathon.review;

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
import org.csomarathon.submissions.Assignment;
import org.csomarathon.teams.Team;

/** An expert allocated to a team for the whole marathon, or for one of its assignments. */
@Entity
@Table(name = "expert_allocation")
public class Allocation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_id")
    private Team team;

    /** Null: the whole marathon. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignment_id")
    private Assignment assignment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "expert_id")
    private Account expert;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "allocated_by")
    private Account allocatedBy;

    @Column(name = "allocated_at", nullable = false)
    private Instant allocatedAt;

    protected Allocation() {
    }

    Allocation(Team team, Assignment assignment, Account expert, Account by, Instant now) {
        this.team = team;
        this.assignment = assignment;
        reallocate(expert, by, now);
    }

    void reallocate(Account to, Account by, Instant now) {
        this.expert = to;
        this.allocatedBy = by;
        this.allocatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Team getTeam() {
        return team;
    }

    public Assignment getAssignment() {
        return assignment;
    }

    public Account getExpert() {
        return expert;
    }
}
