package org.csomarathon.curriculum;

import java.time.Instant;

/** Something on a person's calendar: a module opening or a meeting, with where to read more. */
public record CalendarEvent(String uid, String title, Instant start, Instant end, String path) {
}
