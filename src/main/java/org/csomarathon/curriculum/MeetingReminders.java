package org.csomarathon.curriculum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.csomarathon.notifications.MessageKind;
import org.csomarathon.notifications.Notifications;
import org.csomarathon.platform.Tick;
import org.csomarathon.teams.TeamService;

/**
 * Tells the cohort's participants of a meeting with an expert in the coming 24 hours, once per
 * meeting and start time (a meeting moved to another day is announced again).
 */
@ApplicationScoped
public class MeetingReminders {

    static final Duration AHEAD = Duration.ofHours(24);

    @PersistenceContext
    EntityManager em;

    @Inject
    TeamService teams;

    @Inject
    Notifications notifications;

    /** Once per meeting and start time. */
    private static String key(ExpertMeeting m) {
        return "meeting:" + m.getId() + ":" + m.getStartsAt().getEpochSecond();
    }

    @Transactional
    void remind(@Observes Tick tick) {
        Instant now = tick.now();
        List<ExpertMeeting> soon = em.createQuery("SELECT m FROM ExpertMeeting m JOIN FETCH m.module JOIN FETCH m.expert "
                        + "WHERE m.startsAt > :now AND m.startsAt <= :limit", ExpertMeeting.class)
                .setParameter("now", now)
                .setParameter("limit", now.plus(AHEAD))
                .getResultList();
        Set<String> sent = notifications.alreadySent(soon.stream().map(MeetingReminders::key).toList());
        for (ExpertMeeting m : soon) {
            if (sent.contains(key(m))) {
                continue;
            }
            List<Long> participants = teams.teamsOf(m.getModule().getCohort().getId()).stream()
                    .flatMap(t -> t.members().stream())
                    .map(TeamService.Member::accountId)
                    .toList();
            notifications.notifyOnce(key(m), participants, MessageKind.MEETING_TOMORROW,
                    "participant/module.xhtml?id=" + m.getModule().getId(), m.getModule().getTitle(), m.getStartsAt(),
                    m.getExpert().getFullName());
        }
    }
}
