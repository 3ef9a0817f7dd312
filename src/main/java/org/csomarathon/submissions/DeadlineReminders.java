package org.csomarathon.submissions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.csomarathon.notifications.MessageKind;
import org.csomarathon.notifications.Notifications;
import org.csomarathon.platform.Tick;
import org.csomarathon.teams.TeamService;
import org.csomarathon.teams.TeamService.TeamCard;

/**
 * Reminds teams that have handed in nothing: 48 hours and 3 hours before their own due time
 * (extensions respected). Each reminder goes once per team and due time, whatever the number of
 * instances ticking.
 */
@ApplicationScoped
public class DeadlineReminders {

    @PersistenceContext
    EntityManager em;

    @Inject
    TeamService teams;

    @Inject
    Notifications notifications;

    @Transactional
    void remind(@Observes Tick tick) {
        Instant now = tick.now();
        Instant limit = now.plus(DeadlineReminder.widest());
        Set<Assignment> soon = new LinkedHashSet<>(em.createQuery("SELECT a FROM Assignment a JOIN FETCH a.module m "
                        + "WHERE a.dueAt > :now AND a.dueAt <= :limit", Assignment.class)
                .setParameter("now", now).setParameter("limit", limit).getResultList());
        soon.addAll(em.createQuery("SELECT e.assignment FROM Extension e WHERE e.dueAt > :now AND e.dueAt <= :limit",
                        Assignment.class)
                .setParameter("now", now).setParameter("limit", limit).getResultList());
        for (Assignment a : soon) {
            remind(a, now);
        }
    }

    private void remind(Assignment a, Instant now) {
        Map<Long, Instant> extended = new HashMap<>();
        em.createQuery("SELECT e FROM Extension e WHERE e.assignment = :a", Extension.class).setParameter("a", a)
                .getResultList().forEach(e -> extended.put(e.getTeam().getId(), e.getDueAt()));
        Set<Long> handedIn = new HashSet<>(em.createQuery("SELECT s.team.id FROM Submission s WHERE s.assignment = :a "
                + "AND s.versions > 0", Long.class).setParameter("a", a).getResultList());
        for (TeamCard team : teams.teamsOf(a.getModule().getCohort().getId())) {
            Instant due = extended.getOrDefault(team.id(), a.getDueAt());
            DeadlineReminder.at(now, due, handedIn.contains(team.id())).ifPresent(r -> {
                List<Long> members = team.members().stream().map(TeamService.Member::accountId).toList();
                notifications.notifyOnce("deadline-" + r.hours() + "h:" + a.getId() + ":" + team.id() + ":" + due.getEpochSecond(),
                        members, r == DeadlineReminder.HOURS_3 ? MessageKind.DEADLINE_3H : MessageKind.DEADLINE_48H,
                        "participant/assignment.xhtml?id=" + a.getId(), a.getTitle(), due);
            });
        }
    }
}
