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
import java.time.ZoneId;
import org.csomarathon.identity.Account;
import org.csomarathon.platform.Language;
import org.csomarathon.platform.TextLength;
import org.csomarathon.platform.TextLimit;
import org.csomarathon.platform.Texts;

/**
 * A line under a person's bell: what happened, where to look, read or not. It keeps its kind and
 * the message's arguments, and is written in the reader's language and zone when read (the text
 * stored beside them is what notices written before the arguments were kept show).
 */
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

    @TextLimit(500)
    @Column(name = "text", nullable = false)
    private String text;

    /** The message's arguments, each with its type, as {@link NoticeArguments} writes them; null in old notices. */
    @Column(name = "arguments")
    private String arguments;

    /** Relative to the application, as the pages link: {@code submissions/version.xhtml?id=1}. */
    @Column(name = "link")
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notice() {
    }

    Notice(Account account, MessageKind kind, String text, Object[] arguments, String link, Instant now) {
        this.account = account;
        this.kind = kind;
        this.text = TextLength.exceeds(text, 500) ? TextLength.cut(text, 499) + "…" : text;
        this.arguments = NoticeArguments.write(arguments);
        this.link = link;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    /** What happened, in the reader's language, every moment in their zone. */
    public String textFor(Language language, ZoneId zone) {
        return arguments == null ? text
                : Texts.format(language, zone, "mail." + kind + ".subject", NoticeArguments.read(arguments));
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
