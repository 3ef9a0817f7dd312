package org.csomarathon.intake;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.ZoneId;
import java.util.Set;
import org.csomarathon.platform.Language;

/** A federal subject of the Russian Federation (reference data from sql/, never changed, so cached). */
@Entity
@Cacheable
@Table(name = "region")
public class Region {

    @Id
    @Column(name = "code", length = 2)
    private String code;

    @Column(name = "name_ru", nullable = false)
    private String nameRu;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "time_zone", nullable = false)
    private ZoneId timeZone;

    /** Moscow and the Moscow Region: their organisations are not part of the call. */
    private static final Set<String> EXCLUDED_FROM_THE_CALL = java.util.Set.of("77", "50");

    protected Region() {
    }

    public static boolean isExcludedFromTheCall(String code) {
        return code != null && EXCLUDED_FROM_THE_CALL.contains(code);
    }

    public String getCode() {
        return code;
    }

    public String getName(Language language) {
        return language == Language.EN ? nameEn : nameRu;
    }

    public ZoneId getTimeZone() {
        return timeZone;
    }
}
