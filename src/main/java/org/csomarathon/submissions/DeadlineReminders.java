package org.csomarathon.submissions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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

    /** One reminder a team is due: its key, who gets it and what it says. */
    private record Due(String key, List<Long> members, DeadlineReminder reminder, Assignment assignment, Instant dueAt) {
    }

    /**
     * Finds the reminders due now in a few statements whatever the number of assignments and
     * teams (assignments due soon, their extensions and hand-ins, each cohort's teams, the keys
     * already sent), and sends only the new ones.
     */
    @Transactional
    void remind(@Observes Tick tick) {
        Instant now = tick.now();
        Instant limit = now.plus(DeadlineReminder.widest());
        List<Assignment> soon = em.createQuery("SELECT a FROM Assignment a WHERE (a.dueAt > :now AND a.dueAt <= :limit) "
                        + "OR EXISTS (SELECT e FROM Extension e WHERE e.assignment = a AND e.dueAt > :now AND e.dueAt <= :limit)",
                        Assignment.class)
                .setParameter("now", now).setParameter("limit", limit)
                .setHint("eclipselink.join-fetch", "a.module.cohort")
                .getResultList();
        if (soon.isEmpty()) {
            return;
        }
        Map<TeamWork, Instant> extended = new HashMap<>();
        em.createQuery("SELECT e FROM Extension e WHERE e.assignment IN :a", Extension.class).setParameter("a", soon)
                .getResultList().forEach(e -> extended.put(new TeamWork(e.getTeam().getId(), e.getAssignment().getId()),
                        e.getDueAt()));
        Set<TeamWork> handedIn = new HashSet<>(em.createQuery("SELECT NEW org.csomarathon.submissions.TeamWork(s.team.id, "
                        + "s.assignment.id) FROM Submission s WHERE s.assignment IN :a AND s.versions > 0", TeamWork.class)
                .setParameter("a", soon).getResultList());
        Map<Long, List<TeamCard>> teamsOfCohort = new HashMap<>();
        List<Due> due = new ArrayList<>();
        for (Assignment a : soon) {
            for (TeamCard team : teamsOfCohort.computeIfAbsent(a.getModule().getCohort().getId(), teams::teamsOf)) {
                TeamWork pair = new TeamWork(team.id(), a.getId());
                Instant teamDue = extended.getOrDefault(pair, a.getDueAt());
                DeadlineReminder.at(now, teamDue, handedIn.contains(pair)).ifPresent(r -> due.add(new Due(
                        "deadline-" + r.hours() + "h:" + a.getId() + ":" + team.id() + ":" + teamDue.getEpochSecond(),
                        team.members().stream().map(TeamService.Member::accountId).toList(), r, a, teamDue)));
            }
        }
        Set<String> sent = notifications.alreadySent(due.stream().map(Due::key).toList());
        due.stream().filter(d -> !sent.contains(d.key())).forEach(d -> notifications.notifyOnce(d.key(), d.members(),
                d.reminder() == DeadlineReminder.HOURS_3 ? MessageKind.DEADLINE_3H : MessageKind.DEADLINE_48H,
                "participant/assignment.xhtml?id=" + d.assignment().getId(), d.assignment().getTitle(), d.dueAt()));
    }
}
