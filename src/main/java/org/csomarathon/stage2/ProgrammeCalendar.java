package org.csomarathon.stage2;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import org.csomarathon.curriculum.CalendarEvent;
import org.csomarathon.curriculum.CalendarSource;
import org.csomarathon.identity.Role;
import org.csomarathon.platform.Language;
import org.csomarathon.platform.Texts;

/** Stage 2's sessions on the calendar (and in the iCal feed) of everyone who confirmed their place. */
@ApplicationScoped
public class ProgrammeCalendar implements CalendarSource {

    @Inject
    Invitations invitations;

    @Inject
    Programme programme;

    @Override
    public void addEvents(long accountId, Set<Role> roles, Language language, Map<String, CalendarEvent> events) {
        invitations.currentOf(accountId).filter(i -> i.getState() == InvitationState.CONFIRMED).ifPresent(i ->
                programme.sessionsOf(i.getCohortId()).forEach(s -> events.putIfAbsent("stage2-session-" + s.getId(),
                        new CalendarEvent("stage2-session-" + s.getId() + "@marathon", s.getTitle(),
                                Texts.format(language, "stage2.session.calendar", Texts.format(language, s.getKind().getKey()),
                                        s.getPlace(), s.getHost() == null ? "—" : s.getHost()),
                                s.getStartsAt(), s.getEndsAt(), "participant/index.xhtml"))));
    }
}
