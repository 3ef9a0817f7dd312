package org.csomarathon.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.csomarathon.identity.Account;
import org.csomarathon.submissions.Assignment;
import org.csomarathon.submissions.SubmissionVersion;
import org.csomarathon.teams.Team;

/** The review of one submitted version, in the queue of the expert allocated to it. */
@Entity
@Table(name = "review")
public class Review {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id")
    private SubmissionVersion submitted;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_id")
    private Team team;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id")
    private Assignment assignment;

    /** Null while nobody is allocated to the team. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "expert_id")
    private Account expert;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    private ReviewState state;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected Review() {
    }

    Review(SubmissionVersion submitted, Team team, Assignment assignment, Account expert, Instant now) {
        this.submitted = submitted;
        this.team = team;
        this.assignment = assignment;
        this.expert = expert;
        this.state = ReviewState.WAITING;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public SubmissionVersion getSubmitted() {
        return submitted;
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

    public ReviewState getState() {
        return state;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
