package org.csomarathon.teams;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.csomarathon.cohort.Cohort;
import org.csomarathon.identity.Account;

/** A person admitted to a cohort's stage 1; teams are formed from them. */
@Entity
@Table(name = "cohort_participant")
@IdClass(CohortParticipant.Key.class)
public class CohortParticipant {

    /** The primary key: cohort and account ids. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long cohort;
        private Long account;

        static Key of(long cohort, long account) {
            Key k = new Key();
            k.cohort = cohort;
            k.account = account;
            return k;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(cohort, k.cohort) && Objects.equals(account, k.account);
        }

        @Override
        public int hashCode() {
            return Objects.hash(cohort, account);
        }
    }

    @Id
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id")
    private Cohort cohort;

    @Id
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(name = "admitted_at", nullable = false)
    private Instant admittedAt;

    protected CohortParticipant() {
    }

    public CohortParticipant(Cohort cohort, Account account, Instant admittedAt) {
        this.cohort = cohort;
        this.account = account;
        this.admittedAt = admittedAt;
    }

    public Account getAccount() {
        return account;
    }
}
