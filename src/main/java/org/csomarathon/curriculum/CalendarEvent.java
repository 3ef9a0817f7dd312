package org.csomarathon.curriculum;

import java.time.Instant;

/**
 * Something on a person's calendar: a module opening, a meeting or a due time, with a sentence on
 * what it is and where to read more.
 */
public record CalendarEvent(String uid, String title, String description, Instant start, Instant end, String path) {
}
