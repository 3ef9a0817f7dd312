package org.csomarathon.curriculum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class ICalendarFeedTest {

    private static final List<CalendarEvent> EVENTS = List.of(
            new CalendarEvent("module-7@marathon", "Открывается модуль 1: Основы брендинга",
                    "Открываются материалы и задания модуля 1 «Основы брендинга».",
                    Instant.parse("2027-03-16T21:00:00Z"), Instant.parse("2027-03-16T21:30:00Z"), "participant/module.xhtml?id=7"),
            new CalendarEvent("meeting-3@marathon", "Встреча с экспертом: Контент для сайтов (Мария Белова)",
                    "Встреча с экспертом Мария Белова по модулю «Контент для сайтов», 90 мин.",
                    Instant.parse("2027-03-31T15:00:00Z"), Instant.parse("2027-03-31T16:30:00Z"), "participant/module.xhtml?id=9"));

    private static Calendar parsed() throws Exception {
        String ics = ICalendarFeed.of("Марафон", "https://marathon.example.org/", EVENTS);
        return new CalendarBuilder().build(new StringReader(ics));
    }

    @Test
    void feedParsesAndValidatesAsRfc5545() throws Exception {
        Calendar calendar = parsed();
        assertFalse(calendar.validate().hasErrors(), calendar.validate().toString());
        assertEquals("2.0", calendar.getProperty("VERSION").orElseThrow().getValue());
        assertEquals(ICalendarFeed.PRODUCT, calendar.getProperty("PRODID").orElseThrow().getValue());
        assertEquals(2, calendar.getComponents(Component.VEVENT).size());
    }

    @Test
    void eventsCarryUtcTimesTitlesUidsAndLinks() throws Exception {
        VEvent meeting = (VEvent) parsed().getComponents(Component.VEVENT).get(1);
        assertEquals("20270331T150000Z", meeting.getProperty("DTSTART").orElseThrow().getValue());
        assertEquals("20270331T163000Z", meeting.getProperty("DTEND").orElseThrow().getValue());
        assertEquals("Встреча с экспертом: Контент для сайтов (Мария Белова)", meeting.getProperty("SUMMARY").orElseThrow().getValue());
        assertEquals("meeting-3@marathon", meeting.getProperty("UID").orElseThrow().getValue());
        assertEquals("https://marathon.example.org/participant/module.xhtml?id=9", meeting.getProperty("URL").orElseThrow().getValue());
        assertEquals("Встреча с экспертом Мария Белова по модулю «Контент для сайтов», 90 мин.\n"
                + "https://marathon.example.org/participant/module.xhtml?id=9", meeting.getProperty("DESCRIPTION").orElseThrow().getValue(),
                "what it is and the link, for calendars that show no URL");
        assertTrue(meeting.getProperty("DTSTAMP").isPresent(), "DTSTAMP is required by RFC 5545");
    }
}
