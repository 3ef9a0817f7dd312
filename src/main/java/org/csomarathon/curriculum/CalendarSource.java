package org.csomarathon.curriculum;

import java.util.Map;
import java.util.Set;
import org.csomarathon.identity.Role;
import org.csomarathon.platform.Language;

/**
 * Another part of the platform that puts events on people's calendars (assignment due dates, for
 * one), without the calendar knowing it. Events are keyed so that one found twice shows once.
 */
public interface CalendarSource {

    void addEvents(long accountId, Set<Role> roles, Language language, Map<String, CalendarEvent> events);
}
