package org.csomarathon.notifications;

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
import jakarta.persistence.Table;
import java.time.Instant;
import org.csomarathon.identity.Account;

/** A line under a person's bell: what happened, where to look, read or not. */
@Entity
@Table(name = "notice")
public class Notice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 40)
    private MessageKind kind;

    @Column(name = "text", nullable = false)
    private String text;

    /** Relative to the application, as the pages link: {@code submissions/version.xhtml?id=1}. */
    @Column(name = "link")
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notice() {
    }

    Notice(Account account, MessageKind kind, String text, String link, Instant now) {
        this.account = account;
        this.kind = kind;
        this.text = text.length() > 500 ? text.substring(0, 499) + "…" : text;
        this.link = link;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }


    public String getText() {
        return text;
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isRead() {
        return readAt != null;
    }
}
