package org.csomarathon.identity;

import java.time.ZoneId;
import java.util.List;
import org.csomarathon.platform.BusinessException;

/** The time zones a person can choose: those of Russia's regional centres, from west to east. */
public final class TimeZones {

    public static final List<String> RUSSIA = List.of("Europe/Kaliningrad", "Europe/Moscow", "Europe/Simferopol",
            "Europe/Kirov", "Europe/Volgograd", "Europe/Samara", "Europe/Astrakhan", "Europe/Saratov",
            "Europe/Ulyanovsk", "Asia/Yekaterinburg", "Asia/Omsk", "Asia/Novosibirsk", "Asia/Barnaul", "Asia/Tomsk",
            "Asia/Novokuznetsk", "Asia/Krasnoyarsk", "Asia/Irkutsk", "Asia/Chita", "Asia/Yakutsk",
            "Asia/Vladivostok", "Asia/Magadan", "Asia/Sakhalin", "Asia/Kamchatka", "Asia/Anadyr");

    private TimeZones() {
    }

    /** The zone a person chose; refused with a reason when it is not one of the list. */
    public static ZoneId chosen(String id) {
        if (id == null || !RUSSIA.contains(id)) {
            throw new BusinessException("preferences.zone.unknown", id == null ? "" : id);
        }
        return ZoneId.of(id);
    }
}
