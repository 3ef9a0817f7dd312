package org.csomarathon.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.csomarathon.platform.Settings;
import org.csomarathon.platform.Texts;
import org.csomarathon.platform.Tick;

/**
 * The outbox: delivered through SMTP at every tick of the schedule, and listed for the people who
 * watch over it. Messages are claimed with
 * {@code SELECT … FOR UPDATE SKIP LOCKED} and kept locked while they are sent, so two senders
 * (two instances, or a tick and an administrator's "send now") never take the same message. Each
 * attempt is recorded; a failure waits longer before the next, up to the last attempt. With no
 * SMTP server configured nothing is sent and the messages wait, listed for administrators.
 */
@ApplicationScoped
public class Outbox {

    private static final int BATCH = 20;

    /** How many messages are in a state. */
    public record Counted(OutboxState state, long messages) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    @Transactional
    void onTick(@Observes Tick tick) {
        send();
    }

    /** Sends a batch of what is due now, beside the schedule; returns how many were sent. */
    @Transactional
    public int sendDue() {
        return send();
    }

    private int send() {
        if (settings.mailHost().isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM outbox_message WHERE state = 'PENDING' "
                        + "AND next_attempt_at <= ?1 ORDER BY id LIMIT " + BATCH + " FOR UPDATE SKIP LOCKED")
                .setParameter(1, LocalDateTime.ofInstant(now, ZoneOffset.UTC))  // as UtcInstantConverter stores it
                .getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        Session session = session();
        int sent = 0;
        for (Number id : ids) {
            OutboxMessage m = em.find(OutboxMessage.class, id.longValue());
            String error = deliver(session, m);
            Instant at = clock.instant();
            if (error == null) {
                m.sent(at);
                sent++;
            } else {
                m.failed(error, at, Duration.ofSeconds(settings.mailRetrySeconds()), settings.mailMaxAttempts());
            }
            em.persist(new OutboxAttempt(m, at, error));
        }
        return sent;
    }

    /**
     * Records every message still waiting that was written before {@code instant} as sent when it was
     * written: the demo replays its past, whose mail went out at the time, not today.
     */
    @Transactional
    public int recordSentBefore(Instant instant) {
        return em.createQuery("UPDATE OutboxMessage m SET m.state = org.csomarathon.notifications.OutboxState.SENT, "
                        + "m.sentAt = m.createdAt WHERE m.state = org.csomarathon.notifications.OutboxState.PENDING "
                        + "AND m.createdAt < :instant")
                .setParameter("instant", instant)
                .executeUpdate();
    }

    /** The newest messages, in one state or (null) all. */
    public List<OutboxMessage> newest(OutboxState state, int max) {
        var query = em.createQuery("SELECT m FROM OutboxMessage m" + (state == null ? "" : " WHERE m.state = :state")
                + " ORDER BY m.id DESC", OutboxMessage.class);
        if (state != null) {
            query.setParameter("state", state);
        }
        return query.setMaxResults(max).getResultList();
    }

    /** How many messages are in each state. */
    public Map<OutboxState, Long> counts() {
        Map<OutboxState, Long> counts = new EnumMap<>(OutboxState.class);
        for (OutboxState s : OutboxState.values()) {
            counts.put(s, 0L);
        }
        em.createQuery("SELECT NEW org.csomarathon.notifications.Outbox$Counted(m.state, COUNT(m)) FROM OutboxMessage m "
                        + "GROUP BY m.state", Counted.class)
                .getResultList()
                .forEach(c -> counts.put(c.state(), c.messages()));
        return counts;
    }

    /** Tries an undeliverable message again from its first attempt. */
    @Transactional
    public void retry(long messageId) {
        OutboxMessage m = em.find(OutboxMessage.class, messageId, LockModeType.PESSIMISTIC_WRITE);
        if (m != null && m.getState() == OutboxState.FAILED) {
            m.retry(clock.instant());
        }
    }

    /** Sends one message; the error in words when it could not be sent. */
    private String deliver(Session session, OutboxMessage m) {
        try {
            MimeMessage mail = new MimeMessage(session);
            mail.setFrom(new InternetAddress(settings.mailFrom(), Texts.format(m.getLanguage(), "app.name"), "UTF-8"));
            mail.setRecipient(Message.RecipientType.TO, new InternetAddress(m.getToAddress()));
            mail.setSubject(m.getSubject(), "UTF-8");
            mail.setHeader("X-Marathon-Message", String.valueOf(m.getId()));
            MimeBodyPart text = new MimeBodyPart();
            text.setText(m.getBodyText(), "UTF-8");
            MimeBodyPart html = new MimeBodyPart();
            html.setContent(m.getBodyHtml(), "text/html; charset=UTF-8");
            mail.setContent(new MimeMultipart("alternative", text, html));
            Transport.send(mail);
            return null;
        } catch (MessagingException | UnsupportedEncodingException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    private Session session() {
        Properties p = new Properties();
        p.put("mail.smtp.host", settings.mailHost().orElseThrow());
        p.put("mail.smtp.port", String.valueOf(settings.mailPort()));
        p.put("mail.smtp.connectiontimeout", "10000");
        p.put("mail.smtp.timeout", "10000");
        p.put("mail.smtp.writetimeout", "10000");
        p.put("mail.smtp.starttls.enable", "true");
        settings.mailUser().ifPresent(user -> {
            p.put("mail.smtp.auth", "true");
            p.put("mail.smtp.user", user);
        });
        return Session.getInstance(p, settings.mailUser().isEmpty() ? null : new jakarta.mail.Authenticator() {
            @Override
            protected jakarta.mail.PasswordAuthentication getPasswordAuthentication() {
                return new jakarta.mail.PasswordAuthentication(settings.mailUser().orElseThrow(),
                        settings.mailPassword().orElse(""));
            }
        });
    }
}
