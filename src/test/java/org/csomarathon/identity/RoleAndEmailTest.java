package org.csomarathon.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import org.csomarathon.platform.BusinessException;
import org.junit.jupiter.api.Test;

class RoleAndEmailTest {

    @Test
    void personWithSeveralRolesLandsOnTheMostResponsibleOne() {
        assertEquals(Role.COORDINATOR, Role.landingFor(EnumSet.of(Role.REVIEWER, Role.COORDINATOR)).orElseThrow());
        assertEquals(Role.EXPERT, Role.landingFor(EnumSet.of(Role.REVIEWER, Role.EXPERT)).orElseThrow());
        assertTrue(Role.landingFor(EnumSet.noneOf(Role.class)).isEmpty());
    }

    @Test
    void everyRoleHasItsOwnFolder() {
        assertEquals(Role.values().length, EnumSet.allOf(Role.class).stream().map(Role::home).distinct().count());
    }

    @Test
    void emailIsTrimmedAndLowerCased() {
        assertEquals("anna@example.org", EmailAddress.of("  Anna@Example.ORG ").value());
    }

    @Test
    void malformedEmailIsRefused() {
        assertEquals("identity.email.invalid",
                assertThrows(BusinessException.class, () -> EmailAddress.of("anna at example.org")).messageKey());
        assertThrows(BusinessException.class, () -> EmailAddress.of(null));
        assertThrows(BusinessException.class, () -> EmailAddress.of("a@" + "b".repeat(260) + ".org"));
        for (String notAnAddress : List.of("anna@example", "anna@@example.org", "@example.org", "anna@", "anna@.org",
                "anna@example.org.", "Anna <anna@example.org>", "anna@example.org, boris@example.org", "anna@exa mple.org",
                "anna..k@example.org", "anna@example..org", "team: anna@example.org;")) {
            assertThrows(BusinessException.class, () -> EmailAddress.of(notAnAddress), notAnAddress);
        }
    }

    @Test
    void addressesThatMailCarriesAreAccepted() {
        for (String address : List.of("anna.k@example.org", "anna+marathon@example.org", "o'brien@example.co.uk",
                "info@xn--80aswg.xn--p1ai", "a@b.ru")) {
            assertEquals(address, EmailAddress.of(address).value());
        }
    }
}
