package org.csomarathon.curriculum;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/** A person's events as an RFC 5545 calendar, times in UTC, readable by Google, Apple and Outlook calendars. */
public final class ICalendarFeed {

    static final String PRODUCT = "-//CSO Marathon//Communications internship//RU";

    private ICalendarFeed() {
    }

    public static String of(String calendarName, String baseUrl, List<CalendarEvent> events) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", calendarName));
        for (CalendarEvent e : events) {
            VEvent event = new VEvent(e.start(), e.end(), e.title());
            event.add(new Uid(e.uid()));
            event.add(new Url(URI.create(baseUrl + e.path())));
            event.add(new Description(e.description() + "\n" + baseUrl + e.path()));
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
