package org.csomarathon.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** Someone at the cohort's webinar, by the address the webinar platform knew them by. */
@Entity
@Table(name = "webinar_attendance")
@IdClass(WebinarAttendance.Key.class)
public class WebinarAttendance {

    /** The primary key: cohort id and address. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long cohortId;
        private String email;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(cohortId, k.cohortId) && Objects.equals(email, k.email);
        }

        @Override
        public int hashCode() {
            return Objects.hash(cohortId, email);
        }
    }

    @Id
    @Column(name = "cohort_id")
    private Long cohortId;

    @Id
    @Column(name = "email")
    private String email;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected WebinarAttendance() {
    }

    WebinarAttendance(long cohortId, String email, Instant importedAt) {
        this.cohortId = cohortId;
        this.email = email;
        this.importedAt = importedAt;
    }
}
