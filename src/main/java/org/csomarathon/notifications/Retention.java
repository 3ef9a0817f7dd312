package org.csomarathon.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.csomarathon.platform.Settings;
import org.csomarathon.platform.Tick;

/**
 * What the notifications keep only for a while, purged by the schedule once older than
 * {@link Settings#retention()}: the texts of mail sent (the message stays, with its recipient, subject and
 * time), the delivery attempts, and the keys that kept a reminder from going twice: three indexed reads a tick,
 * and a change by key only when there is something to purge.
 */
@ApplicationScoped
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class.getName());
    private static final int BATCH = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    @Transactional
    void purge(@Observes Tick tick) {
        Object before = LocalDateTime.ofInstant(clock.instant().minus(settings.retention()), ZoneOffset.UTC);  // as stored
        int bodies = byKey("SELECT id FROM outbox_message WHERE sent_at < ?1 AND state = 'SENT' "
                + "AND (body_text <> '' OR body_html <> '')", before, "UPDATE outbox_message SET body_text = '', body_html = '' "
                + "WHERE id IN ");
        int attempts = byKey("SELECT id FROM outbox_attempt WHERE attempted_at < ?1", before,
                "DELETE FROM outbox_attempt WHERE id IN ");
        int reminders = byKey("SELECT reminder_key FROM reminder_sent WHERE sent_at < ?1", before,
                "DELETE FROM reminder_sent WHERE reminder_key IN ");
        if (bodies + attempts + reminders > 0) {
            LOG.info(() -> "Purged after " + settings.retention().toDays() + " days: " + bodies + " mail texts, "
                    + attempts + " delivery attempts, " + reminders + " reminder keys");
        }
    }

    /**
     * Finds the keys by a plain read (no lock), then changes those rows by key only: a range statement would
     * lock the gaps of the index, where new messages and reminder keys are being written, and deadlock with them.
     * At most {@link #BATCH} rows a tick.
     */
    private int byKey(String find, Object before, String change) {
        List<?> keys = em.createNativeQuery(find + " LIMIT " + BATCH).setParameter(1, before).getResultList();
        if (keys.isEmpty()) {
            return 0;
        }
        var update = em.createNativeQuery(change + IntStream.rangeClosed(1, keys.size()).mapToObj(i -> "?" + i)
                .collect(Collectors.joining(", ", "(", ")")));
        for (int i = 0; i < keys.size(); i++) {
            update.setParameter(i + 1, keys.get(i));
        }
        return update.executeUpdate();
    }
}
