package org.csomarathon.alumni;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** That a finished cohort's graduates were made alumni, when, and how many. */
@Entity
@Table(name = "alumni_graduation")
public class Graduation {

    @Id
    @Column(name = "cohort_id")
    private Long cohortId;

    @Column(name = "graduated_at", nullable = false)
    private Instant graduatedAt;

    @Column(name = "graduates", nullable = false)
    private int graduates;

    protected Graduation() {
    }

    public Long getCohortId() {
        return cohortId;
    }

    public Instant getGraduatedAt() {
        return graduatedAt;
    }

    public int getGraduates() {
        return graduates;
    }
}
