package org.csomarathon.curriculum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.csomarathon.cohort.CohortService;
import org.csomarathon.identity.Role;
import org.csomarathon.platform.Language;
import org.csomarathon.platform.SecretTokens;
import org.csomarathon.platform.Texts;
import org.csomarathon.teams.TeamService;

/**
 * What is on each person's calendar, by role: a participant sees their cohort's module
 * openings and meetings, an expert the meetings they host, a coordinator the current cohort's;
 * each {@link CalendarSource} adds its own (due dates).
 * Also keeps the secret feed URLs, stored only as hashes.
 */
@ApplicationScoped
public class CalendarService {

    @PersistenceContext
    EntityManager em;

    @Inject
    TeamService teams;

    @Inject
    CohortService cohorts;

    @Inject
    CurriculumService curriculum;

    @Inject
    MeetingService meetings;

    @Inject
    Clock clock;

    @Inject
    @Any
    Instance<CalendarSource> sources;

    public List<CalendarEvent> eventsFor(long accountId, Set<Role> roles, Language language) {
        Map<String, CalendarEvent> events = new LinkedHashMap<>();
        if (roles.contains(Role.PARTICIPANT)) {
            teams.findCurrentCohortId(accountId).ifPresent(cohortId ->
                    cohortEvents(cohortId, "participant/module.xhtml?id=", null, language, events));
        }
        if (roles.contains(Role.COORDINATOR)) {
            cohorts.findCurrent().ifPresent(c ->
                    cohortEvents(c.getId(), "coordinator/module.xhtml?id=", "coordinator/meeting.xhtml?id=", language, events));
        }
        if (roles.contains(Role.EXPERT)) {
            meetings.hostedBy(accountId).forEach(m -> events.putIfAbsent("meeting-" + m.getId(),
                    meetingEvent(m, "expert/meeting.xhtml?id=" + m.getId(), language)));
        }
        sources.forEach(source -> source.addEvents(accountId, roles, language, events));
        List<CalendarEvent> sorted = new ArrayList<>(events.values());
        sorted.sort(Comparator.comparing(CalendarEvent::start));
        return sorted;
    }

    private void cohortEvents(long cohortId, String modulePath, String meetingPath, Language language,
                              Map<String, CalendarEvent> events) {
        for (WeeklyModule m : curriculum.modulesOf(cohortId)) {
            events.putIfAbsent("module-" + m.getId(), new CalendarEvent("module-" + m.getId() + "@marathon",
                    Texts.format(language, "calendar.moduleOpens", m.getNumber(), m.getTitle()),
                    Texts.format(language, "calendar.moduleOpens.description", m.getNumber(), m.getTitle()),
                    // An opening is a moment, as a due time is: the month view shows it on its day at its time.
                    m.getOpensAt(), m.getOpensAt(), modulePath + m.getId()));
        }
        for (ExpertMeeting meeting : meetings.ofCohort(cohortId)) {
            String path = meetingPath == null ? modulePath + meeting.getModule().getId() : meetingPath + meeting.getId();
            events.putIfAbsent("meeting-" + meeting.getId(), meetingEvent(meeting, path, language));
        }
    }

    private static CalendarEvent meetingEvent(ExpertMeeting m, String path, Language language) {
        return new CalendarEvent("meeting-" + m.getId() + "@marathon",
                Texts.format(language, "calendar.meeting", m.getModule().getTitle(), m.getExpert().getFullName()),
                Texts.format(language, "calendar.meeting.description", m.getModule().getTitle(), m.getExpert().getFullName(),
                        m.getDurationMinutes()),
                m.getStartsAt(), m.getStartsAt().plus(Duration.ofMinutes(m.getDurationMinutes())), path);
    }

    /** A new secret for the person's feed, replacing any earlier one; shown to them once. */
    @Transactional
    public String issueFeed(long accountId) {
        String token = SecretTokens.next();
        revokeFeed(accountId);
        em.flush();
        em.persist(new CalendarFeed(accountId, SecretTokens.hash(token), clock.instant()));
        return token;
    }

    @Transactional
    public void revokeFeed(long accountId) {
        em.createQuery("DELETE FROM CalendarFeed f WHERE f.accountId = :account")
                .setParameter("account", accountId)
                .executeUpdate();
    }

    public Optional<CalendarFeed> findFeed(long accountId) {
        return Optional.ofNullable(em.find(CalendarFeed.class, accountId));
    }

    /** The account whose feed this secret opens, if it is current. */
    public Optional<Long> accountForToken(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createQuery("SELECT f.accountId FROM CalendarFeed f WHERE f.tokenHash = :hash", Long.class)
                .setParameter("hash", SecretTokens.hash(token))
                .getResultStream()
                .findFirst();
    }
}
