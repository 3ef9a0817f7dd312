package org.csomarathon.stage2;

import jakarta.persistence.Column;
import jakarta.persistence.ColumnResult;
import jakarta.persistence.ConstructorResult;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SqlResultSetMapping;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.csomarathon.identity.Account;

/** The stage-2 weights a coordinator set for a cohort, with who set them and when. */
@Entity
@Table(name = "stage2_weights")
@SqlResultSetMapping(name = Stage2Service.TOTALS, classes = @ConstructorResult(targetClass = Stage2Service.Totals.class,
    columns = {@ColumnResult(name = "most_points", type = Long.class), @ColumnResult(name = "due", type = Long.class),
        @ColumnResult(name = "rubric", type = Integer.class), @ColumnResult(name = "punctuality", type = Integer.class),
        @ColumnResult(name = "attendance", type = Integer.class)}))
@SqlResultSetMapping(name = Stage2Service.POINTS, classes = @ConstructorResult(targetClass = Stage2Service.Points.class,
    columns = {@ColumnResult(name = "account_id", type = Long.class), @ColumnResult(name = "assignment_id", type = Long.class),
        @ColumnResult(name = "points", type = Long.class)}))
@SqlResultSetMapping(name = Stage2Service.FIRST_VERSION, classes = @ConstructorResult(
    targetClass = Stage2Service.FirstVersion.class, columns = {@ColumnResult(name = "account_id", type = Long.class),
        @ColumnResult(name = "assignment_id", type = Long.class), @ColumnResult(name = "late", type = Boolean.class)}))
@SqlResultSetMapping(name = Programme.SCORE, classes = @ConstructorResult(targetClass = LowestCriteria.Score.class,
    columns = {@ColumnResult(name = "criterion_id", type = Long.class), @ColumnResult(name = "title", type = String.class),
        @ColumnResult(name = "points", type = Integer.class), @ColumnResult(name = "most", type = Integer.class)}))
public class CohortWeights {

    @Id
    @Column(name = "cohort_id")
    private Long cohortId;

    @Column(name = "rubric", nullable = false)
    private int rubric;

    @Column(name = "punctuality", nullable = false)
    private int punctuality;

    @Column(name = "attendance", nullable = false)
    private int attendance;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "changed_by")
    private Account changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private int version;

    protected CohortWeights() {
    }

    CohortWeights(long cohortId) {
        this.cohortId = cohortId;
    }

    void change(Stage2Ranking.Weights weights, Account by, Instant now) {
        rubric = weights.rubric();
        punctuality = weights.punctuality();
        attendance = weights.attendance();
        changedBy = by;
        changedAt = now;
    }

    public Stage2Ranking.Weights weights() {
        return new Stage2Ranking.Weights(rubric, punctuality, attendance);
    }
}
