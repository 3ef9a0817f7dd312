package org.csomarathon.submissions;

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
import org.csomarathon.platform.BusinessException;
import org.csomarathon.platform.TextLength;
import org.csomarathon.platform.TextLimit;
import org.csomarathon.teams.Team;

/** A team's own due and cut-off times for one assignment, with why and who granted them. */
@Entity
@Table(name = "team_extension")
public class Extension {

    public static final int REASON_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id")
    private Assignment assignment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_id")
    private Team team;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "cut_off_at", nullable = false)
    private Instant cutOffAt;

    @TextLimit(REASON_MAX)
    @Column(name = "reason", nullable = false, length = REASON_MAX)
    private String reason;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "granted_by")
    private Account grantedBy;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    protected Extension() {
    }

    public Extension(Assignment assignment, Team team) {
        this.assignment = assignment;
        this.team = team;
    }

    /** Sets the team's dates; granting again replaces them. */
    public void grant(Instant due, Instant cutOff, String why, Account by, Instant now) {
        String r = why == null ? "" : why.strip();
        if (due == null || cutOff == null) {
            throw new BusinessException("extension.dates.required");
        }
        if (!due.isAfter(assignment.getOpensAt())) {
            throw new BusinessException("assignment.dates.dueBeforeOpening");
        }
        if (cutOff.isBefore(due)) {
            throw new BusinessException("assignment.dates.cutOffBeforeDue");
        }
        if (r.isEmpty()) {
            throw new BusinessException("extension.reason.required");
        }
        if (TextLength.exceeds(r, REASON_MAX)) {
            throw new BusinessException("extension.reason.long", REASON_MAX);
        }
        this.dueAt = due;
        this.cutOffAt = cutOff;
        this.reason = r;
        this.grantedBy = by;
        this.grantedAt = now;
    }

    public Deadline deadline() {
        return new Deadline(assignment.getOpensAt(), dueAt, cutOffAt, true, reason);
    }

    public Long getId() {
        return id;
    }

    public Assignment getAssignment() {
        return assignment;
    }

    public Team getTeam() {
        return team;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getCutOffAt() {
        return cutOffAt;
    }

    public String getReason() {
        return reason;
    }

    public Account getGrantedBy() {
        return grantedBy;
    }
}
