package org.csomarathon.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A kind of e-mail a person switched off; the notice under the bell still comes. */
@Entity
@Table(name = "email_opt_out")
@IdClass(EmailOptOut.Key.class)
public class EmailOptOut {

    /** The composite key: whose, which kind. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long accountId;
        private MessageKind kind;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Objects.equals(accountId, k.accountId) && kind == k.kind;
        }

        @Override
        public int hashCode() {
            return Objects.hash(accountId, kind);
        }
    }

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 40)
    private MessageKind kind;

    protected EmailOptOut() {
    }

    EmailOptOut(long accountId, MessageKind kind) {
        this.accountId = accountId;
        this.kind = kind;
    }
}
