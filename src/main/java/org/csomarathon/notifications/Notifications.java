package org.csomarathon.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.csomarathon.identity.Account;
import org.csomarathon.platform.Language;
import org.csomarathon.platform.Settings;
import org.csomarathon.platform.Texts;
import org.csomarathon.platform.Times;

/**
 * Tells people what happened: a notice under each one's bell and, unless they switched that kind
 * off, an e-mail in their language with every time in their zone. Both are written in the
 * transaction of the action that causes them, so there is no action without its message and no
 * message without its action; {@link Outbox} delivers the e-mail afterwards.
 */
@ApplicationScoped
public class Notifications {

    @PersistenceContext
    EntityManager em;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    /**
     * Notifies each of the accounts. {@code link} is relative to the application
     * ({@code submissions/version.xhtml?id=1}); {@code arguments} fill the kind's texts, moments
     * among them written for each reader.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void notify(Collection<Long> accountIds, MessageKind kind, String link, Object... arguments) {
        if (accountIds.isEmpty()) {
            return;
        }
        List<Account> recipients = em.createQuery("SELECT a FROM Account a WHERE a.id IN :ids", Account.class)
                .setParameter("ids", accountIds)
                .getResultList();
        Set<Long> optedOut = kind.isOptional() ? new HashSet<>(em.createQuery("SELECT o.accountId FROM EmailOptOut o "
                        + "WHERE o.kind = :kind AND o.accountId IN :ids", Long.class)
                .setParameter("kind", kind)
                .setParameter("ids", accountIds)
                .getResultList()) : Set.of();
        Instant now = clock.instant();
        for (Account a : recipients) {
            Language language = a.getLanguage();
            Object[] shown = shownIn(arguments, a.getTimeZone(), language);
            String subject = Texts.format(language, "mail." + kind + ".subject", shown);
            if (!kind.isSensitive()) {
                em.persist(new Notice(a, kind, subject, arguments, link, now));
            }
            if (!a.isEnabled() || optedOut.contains(a.getId())) {
                continue;
            }
            MailText mail = new MailText(language, a.getFullName(), Texts.format(language, "mail." + kind + ".body", shown),
                    settings.baseUrl() + link, settings.baseUrl() + "account/notices.xhtml");
            em.persist(new OutboxMessage(kind, a, subject, mail.plain(), mail.html(), now));
        }
    }

    /**
     * Mails an address that has no account yet, in the language and zone its owner chose; no notice,
     * as there is nobody to sign in and read it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void mailAddress(String address, String fullName, Language language, ZoneId zone, MessageKind kind,
                            String link, Object... arguments) {
        Object[] shown = shownIn(arguments, zone, language);
        MailText mail = new MailText(language, fullName, Texts.format(language, "mail." + kind + ".body", shown),
                settings.baseUrl() + link, settings.baseUrl() + "account/notices.xhtml");
        em.persist(new OutboxMessage(kind, null, address, language, Texts.format(language, "mail." + kind + ".subject", shown),
                mail.plain(), mail.html(), clock.instant()));
    }

    /** The arguments as the reader reads them: every moment in their zone and language. */
    private static Object[] shownIn(Object[] arguments, ZoneId zone, Language language) {
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof Instant moment) {
                shown[i] = Times.dateTime(moment, zone, language);
            }
        }
        return shown;
    }

    /**
     * Notifies the accounts unless a message with this key went out before, from this instance or
     * another: the key is inserted first, and only the one whose insert counts sends. True when this call sent it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean notifyOnce(String key, Collection<Long> accountIds, MessageKind kind, String link, Object... arguments) {
        int first = em.createNativeQuery("INSERT IGNORE INTO reminder_sent (reminder_key, sent_at) VALUES (?1, ?2)")
                .setParameter(1, key)
                .setParameter(2, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))  // as UtcInstantConverter stores it
                .executeUpdate();
        if (first == 1) {
            notify(accountIds, kind, link, arguments);
        }
        return first == 1;
    }

    /** Which of these reminder keys went out before: one statement, so a tick with nothing new stays cheap. */
    public Set<String> alreadySent(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        StringBuilder in = new StringBuilder();
        int i = 1;
        for (String ignored : keys) {
            in.append(i == 1 ? "?" : ", ?").append(i++);
        }
        var query = em.createNativeQuery("SELECT reminder_key FROM reminder_sent WHERE reminder_key IN (" + in + ")");
        i = 1;
        for (String key : keys) {
            query.setParameter(i++, key);
        }
        Set<String> sent = new HashSet<>();
        for (Object key : query.getResultList()) {
            sent.add((String) key);
        }
        return sent;
    }

    /** How many of the person's notices are unread, in one statement. */
    public long unreadCount(long accountId) {
        return em.createQuery("SELECT COUNT(n) FROM Notice n WHERE n.account.id = :a AND n.readAt IS NULL", Long.class)
                .setParameter("a", accountId)
                .getSingleResult();
    }

    /** The person's newest notices. */
    public List<Notice> noticesOf(long accountId, int max) {
        return em.createQuery("SELECT n FROM Notice n WHERE n.account.id = :a ORDER BY n.createdAt DESC, n.id DESC", Notice.class)
                .setParameter("a", accountId)
                .setMaxResults(max)
                .getResultList();
    }

    /** Marks all the person's notices read. */
    @Transactional
    public void markAllRead(long accountId) {
        em.createQuery("UPDATE Notice n SET n.readAt = :now WHERE n.account.id = :a AND n.readAt IS NULL")
                .setParameter("now", clock.instant())
                .setParameter("a", accountId)
                .executeUpdate();
    }

    /** Marks one of the person's notices read; someone else's is left alone. */
    @Transactional
    public void markRead(long accountId, long noticeId) {
        em.createQuery("UPDATE Notice n SET n.readAt = :now WHERE n.id = :id AND n.account.id = :a AND n.readAt IS NULL")
                .setParameter("now", clock.instant())
                .setParameter("id", noticeId)
                .setParameter("a", accountId)
                .executeUpdate();
    }

    /** The kinds of e-mail the person switched off. */
    public Set<MessageKind> switchedOff(long accountId) {
        return new HashSet<>(em.createQuery("SELECT o.kind FROM EmailOptOut o WHERE o.accountId = :a", MessageKind.class)
                .setParameter("a", accountId)
                .getResultList());
    }

    /** Keeps the person's choice: e-mail for the optional kinds in {@code wanted}, none for the others. */
    @Transactional
    public void chooseEmails(long accountId, Set<MessageKind> wanted) {
        em.createQuery("DELETE FROM EmailOptOut o WHERE o.accountId = :a").setParameter("a", accountId).executeUpdate();
        for (MessageKind kind : MessageKind.values()) {
            if (kind.isOptional() && !wanted.contains(kind)) {
                em.persist(new EmailOptOut(accountId, kind));
            }
        }
    }
}
