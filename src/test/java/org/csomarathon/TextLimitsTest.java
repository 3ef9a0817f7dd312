package org.csomarathon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Set;
import org.csomarathon.platform.TextLimit;
import org.junit.jupiter.api.Test;

/**
 * Every text a person types into an entity is held to {@link TextLimit}, no longer than its column: the
 * one rule, counting what a person counts. Texts the application writes itself (codes, hashes, versions)
 * and those checked whole by their own type (an address, a link) are named here.
 */
class TextLimitsTest {

    static final Set<String> WRITTEN_BY_THE_APPLICATION_OR_CHECKED_WHOLE = Set.of(
            "Certificate.code", "Account.email", "MailedLink.tokenHash", "StoredFile.sha256", "Profile.consentVersion",
            "Profile.regionCode", "Review.exampleConsent", "CalendarFeed.tokenHash", "Material.url", "Material.sha256",
            "ExpertMeeting.link", "ExpertMeeting.recordingLink", "Region.code", "Organisation.ogrn", "Organisation.inn");

    @Test
    void everyTypedTextOfAnEntityHasItsLimitWithinItsColumn() {
        List<String> unlimited = RoomsTest.CLASSES.stream().filter(c -> c.isAnnotatedWith(Entity.class))
                .map(JavaClass::reflect)
                .flatMap(c -> List.of(c.getDeclaredFields()).stream())
                .filter(f -> f.getType() == String.class && f.isAnnotationPresent(Column.class)
                        && f.getAnnotation(Column.class).length() != 255)
                .filter(f -> !WRITTEN_BY_THE_APPLICATION_OR_CHECKED_WHOLE.contains(name(f)))
                .filter(f -> !f.isAnnotationPresent(TextLimit.class)
                        || f.getAnnotation(TextLimit.class).value() > f.getAnnotation(Column.class).length())
                .map(TextLimitsTest::name)
                .sorted().toList();
        assertEquals(List.of(), unlimited);
    }

    private static String name(Field f) {
        return f.getDeclaringClass().getSimpleName() + "." + f.getName();
    }
}
