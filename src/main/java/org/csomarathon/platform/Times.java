package org.csomarathon.platform;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** How instants and dates read for a person: in their own zone, in their language, with the zone named. */
public final class Times {

    private Times() {
    }

    /** "10 March 2027, 23:59 (Moscow, UTC+3)", in the person's language. */
    public static String dateTime(Instant instant, ZoneId zone, Language language) {
        return dateTime(instant, zone, language, FormatStyle.SHORT);
    }

    /** "10 March 2027, 23:59:07 (Moscow, UTC+3)": a moment on a receipt, to the second. */
    public static String dateTimeSeconds(Instant instant, ZoneId zone, Language language) {
        return dateTime(instant, zone, language, FormatStyle.MEDIUM);
    }

    private static String dateTime(Instant instant, ZoneId zone, Language language, FormatStyle time) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, time).withLocale(language.locale());
        return instant.atZone(zone).toLocalDateTime().format(format) + " (" + zoneName(zone, instant, language) + ")";
    }

    public static String date(LocalDate date, Language language) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()));
    }

    /** The zone as people name it, with its offset at {@code at}: "Yekaterinburg, UTC+5". */
    public static String zoneName(ZoneId zone, Instant at, Language language) {
        String city = zone.getId().contains("/")
                ? zone.getId().substring(zone.getId().lastIndexOf('/') + 1).replace('_', ' ')
                : zone.getId();
        String localized = Texts.format(language, "zone." + zone.getId());
        String name = localized.equals("zone." + zone.getId()) ? city : localized;
        int minutes = zone.getRules().getOffset(at).getTotalSeconds() / 60;
        if (minutes == 0 && (name.equals("UTC") || name.equals("GMT") || name.equals("Z"))) {
            return "UTC";
        }
        String offset = minutes == 0 ? "" : (minutes > 0 ? "+" : "−") + Math.abs(minutes) / 60
                + (minutes % 60 == 0 ? "" : String.format(":%02d", Math.abs(minutes) % 60));
        return name + ", UTC" + offset;
    }

    /** Whole days and hours until {@code until}, for "time left" texts; zero when past. */
    public static Duration left(Instant now, Instant until) {
        return now.isBefore(until) ? Duration.between(now, until) : Duration.ZERO;
    }
}
